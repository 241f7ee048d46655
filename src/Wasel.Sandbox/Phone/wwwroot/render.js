// Builds message bubbles. Everything that comes from a message is put in the page as text (textContent, Text
// nodes) or as a checked URL, never parsed as markup, so whatever a business or customer writes stays inert.
(function () {
  'use strict';

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined && child !== false) node.append(child);
    }
    return node;
  }

  // Only http(s) links become href/src; anything else (javascript:, data:) is shown as text instead.
  function safeUrl(value) {
    if (typeof value !== 'string') return null;
    try {
      const url = new URL(value, window.location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      return null;
    }
  }

  function text(value, className) {
    return el('p', { class: className || 'text', dir: 'auto', text: String(value ?? '') });
  }

  function media(kind, object, ctx) {
    const source = object.id ? ctx.mediaUrl(object.id) : safeUrl(object.link);
    const caption = object.caption ? text(object.caption, 'caption') : null;
    if ((kind === 'image' || kind === 'sticker') && source) {
      return [el('img', { class: kind, src: source, alt: object.caption || ctx.t(kind), loading: 'lazy' }), caption];
    }
    const label = object.filename || ctx.t(kind);
    const chip = source
      ? el('a', { class: 'file-chip', href: source, download: object.filename || '', rel: 'noopener noreferrer', target: '_blank', text: '📄 ' + label })
      : el('span', { class: 'file-chip', text: '📄 ' + label });
    return [chip, caption];
  }

  function location(object) {
    const place = [object.name, object.address].filter(Boolean).join(' — ');
    return [text('📍 ' + (place || '')), text(`${object.latitude}, ${object.longitude}`, 'meta coordinates')];
  }

  function replyButton(label, onTap) {
    return el('button', { type: 'button', class: 'reply-button', dir: 'auto', text: label, onclick: onTap });
  }

  function interactive(message, object, ctx) {
    const parts = [];
    const header = object.header;
    if (header && header.type === 'text') parts.push(text(header.text, 'header'));
    else if (header && header[header.type]) parts.push(...media(header.type, header[header.type], ctx));
    if (object.body) parts.push(text(object.body.text));
    if (object.footer) parts.push(text(object.footer.text, 'footer'));
    const action = object.action || {};
    const buttons = el('div', { class: 'buttons' });
    if (object.type === 'button') {
      for (const b of action.buttons || []) {
        const reply = b.reply || {};
        buttons.append(replyButton(reply.title, () => ctx.send({
          type: 'interactive', context: { id: message.id },
          interactive: { type: 'button_reply', button_reply: { id: reply.id, title: reply.title } }
        })));
      }
    } else if (object.type === 'list') {
      const list = el('details', { class: 'list' }, el('summary', { dir: 'auto', text: '☰ ' + (action.button || '') }));
      for (const section of action.sections || []) {
        if (section.title) list.append(el('p', { class: 'section-title', dir: 'auto', text: section.title }));
        for (const row of section.rows || []) {
          list.append(el('button', {
            type: 'button', class: 'row', dir: 'auto',
            onclick: () => ctx.send({
              type: 'interactive', context: { id: message.id },
              interactive: { type: 'list_reply', list_reply: { id: row.id, title: row.title, description: row.description } }
            })
          }, el('strong', { text: row.title || '' }), row.description ? el('small', { text: row.description }) : null));
        }
      }
      buttons.append(list);
    } else if (object.type === 'cta_url') {
      const p = action.parameters || {};
      const href = safeUrl(p.url);
      buttons.append(href
        ? el('a', { class: 'reply-button', href, rel: 'noopener noreferrer', target: '_blank', dir: 'auto', text: '↗ ' + (p.display_text || href) })
        : el('span', { class: 'reply-button', text: p.display_text || '' }));
    } else if (object.type === 'flow') {
      buttons.append(el('span', { class: 'reply-button disabled', text: ctx.t('flow', (action.parameters || {}).flow_cta || '') }));
    } else if (object.type === 'button_reply' || object.type === 'list_reply') {
      const reply = object[object.type] || {};
      parts.push(text(reply.title));
      if (reply.description) parts.push(text(reply.description, 'footer'));
    } else if (object.type === 'nfm_reply') {
      parts.push(text((object.nfm_reply || {}).body || 'Sent'));
    }
    if (buttons.childElementCount) parts.push(buttons);
    return parts;
  }

  function template(message, ctx) {
    const rendered = message.rendered;
    const meta = message.body.template || {};
    if (!rendered) return [text(ctx.t('template', meta.name || ''), 'meta')];
    const parts = [];
    const header = rendered.header;
    if (typeof header === 'string') parts.push(text(header, 'header'));
    else if (header && typeof header === 'object') {
      if (header.text) parts.push(text(header.text, 'header'));
      else if (header.type && header[header.type]) parts.push(...media(header.type, header[header.type], ctx));
    }
    if (rendered.body) parts.push(text(rendered.body));
    if (rendered.footer) parts.push(text(rendered.footer, 'footer'));
    const buttons = el('div', { class: 'buttons' });
    for (const b of rendered.buttons || []) {
      const type = String(b.type || '').toLowerCase();
      const href = safeUrl(b.url);
      if (type === 'quick_reply') {
        buttons.append(replyButton(b.text, () => ctx.send({
          type: 'button', context: { id: message.id }, button: { text: b.text, payload: b.payload || b.text }
        })));
      } else if (type === 'url' && href) {
        buttons.append(el('a', { class: 'reply-button', href, rel: 'noopener noreferrer', target: '_blank', dir: 'auto', text: '↗ ' + (b.text || '') }));
      } else if (type === 'phone_number' && b.phone_number) {
        buttons.append(el('a', { class: 'reply-button', href: 'tel:' + String(b.phone_number).replace(/[^+\d]/g, ''), text: '📞 ' + (b.text || '') }));
      } else if (type === 'copy_code') {
        buttons.append(replyButton(ctx.t('copyCode', b.code || b.text || ''), () => navigator.clipboard?.writeText(b.code || b.text || '')));
      } else {
        buttons.append(el('span', { class: 'reply-button disabled', dir: 'auto', text: b.text || '' }));
      }
    }
    if (buttons.childElementCount) parts.push(buttons);
    return parts;
  }

  function content(message, ctx) {
    const body = message.body || {};
    const object = body[message.type] || {};
    switch (message.type) {
      case 'text': return [text(object.body)];
      case 'image': case 'sticker': case 'audio': case 'video': case 'document': return media(message.type, object, ctx);
      case 'location': return location(object);
      case 'contacts': return (body.contacts || []).map(c => text('👤 ' + ctx.t('contact', (c.name || {}).formatted_name || '') +
        ((c.phones || []).length ? ' · ' + c.phones.map(p => p.phone).join(', ') : '')));
      case 'reaction': return [text(object.emoji ? ctx.t('reaction', object.emoji) : ctx.t('reactionRemoved'), 'meta')];
      case 'interactive': return interactive(message, object, ctx);
      case 'button': return [text(object.text)];
      case 'template': return template(message, ctx);
      case 'order': return [text('🛒 ' + ctx.t('order', (object.product_items || []).length))];
      default: return [text(ctx.t('unsupported'), 'meta')];
    }
  }

  function quoted(message, ctx) {
    const id = message.body && message.body.context && message.body.context.id;
    if (!id) return null;
    const original = ctx.byId.get(id);
    const snippet = original ? summary(original, ctx) : id;
    return el('blockquote', { class: 'quote', dir: 'auto' }, el('small', { text: '↩ ' + ctx.t('replyTo') }), el('span', { text: snippet }));
  }

  function summary(message, ctx) {
    const object = (message.body || {})[message.type] || {};
    if (message.type === 'text') return object.body || '';
    if (message.type === 'template') return (message.rendered && message.rendered.body) || ctx.t('template', (object.name || ''));
    if (message.type === 'interactive') return (object.body && object.body.text) || (object.button_reply || object.list_reply || {}).title || '';
    return ctx.t(message.type) || message.type;
  }

  function footer(message, ctx) {
    const time = new Date(message.timestamp).toLocaleTimeString(ctx.lang, { hour: '2-digit', minute: '2-digit' });
    const parts = [el('time', { datetime: message.timestamp, text: time })];
    if (message.direction === 'outbound' && message.status) {
      parts.push(el('span', { class: 'status status-' + message.status, text: ctx.t('status_' + message.status) || message.status }));
    }
    const footerNode = el('div', { class: 'bubble-footer' }, parts);
    if (message.error) footerNode.append(el('span', { class: 'error', dir: 'auto', text: `${message.error.code || ''} ${message.error.title || ''}` }));
    return footerNode;
  }

  // The customer owns this phone: what they sent sits on the end side, what the business sent on the start side.
  function messageNode(message, ctx) {
    const referral = message.body && message.body.referral;
    return el('article', { class: 'bubble ' + (message.direction === 'inbound' ? 'mine' : 'theirs'), 'data-id': message.id },
      quoted(message, ctx),
      referral ? el('p', { class: 'referral', dir: 'auto', text: ctx.t('fromAd', referral.headline || referral.source_url || '') }) : null,
      content(message, ctx),
      footer(message, ctx));
  }

  window.PhoneRender = { el, messageNode, safeUrl };
})();
