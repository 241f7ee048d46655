// The sandbox phone: pick or create a simulated customer and chat with the business through the control API.
// The page lives at {prefix}/phone/, so the control API is always "../api/".
(function () {
  'use strict';
  const { el, messageNode } = window.PhoneRender;
  const STRINGS = window.PHONE_STRINGS;
  const api = path => '../api/' + path;
  const $ = id => document.getElementById(id);

  let lang = localStorage.getItem('sandbox-phone-lang') || (navigator.language || 'en').slice(0, 2);
  if (!STRINGS[lang]) lang = 'en';
  let current = null;          // the selected customer as the control API returns it
  let lastTimeline = '';       // to redraw only when something changed
  let lastReadRequest = 0;

  function t(key, ...values) {
    const template = (STRINGS[lang] && STRINGS[lang][key]) ?? STRINGS.en[key] ?? '';
    return template.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)] ?? ''));
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = t('title');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
    $('lang-switch').setAttribute('lang', lang === 'ar' ? 'en' : 'ar');
    if (current) showCustomer(current);
    lastTimeline = '';
  }

  async function call(method, path, body) {
    const response = await fetch(api(path), {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw new Error(problemText(data) || String(response.status));
    return data;
  }

  function problemText(problem) {
    if (!problem) return '';
    const errors = problem.errors ? Object.values(problem.errors).flat() : [];
    return errors.length ? errors.join(' ') : (problem.detail || problem.title || '');
  }

  function toast(message) {
    const node = $('toast');
    node.textContent = message;
    node.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { node.hidden = true; }, 5000);
  }

  async function loadCustomers() {
    const customers = await call('GET', 'customers');
    const list = $('customers');
    list.replaceChildren(...customers.map(c => el('li', {},
      el('button', {
        type: 'button', class: 'customer' + (current && current.wa_id === c.wa_id ? ' selected' : ''),
        'aria-current': current && current.wa_id === c.wa_id ? 'true' : null, onclick: () => select(c.wa_id)
      },
      el('span', { class: 'avatar', 'aria-hidden': 'true', text: (c.name || '?').slice(0, 1) }),
      el('span', { class: 'who' }, el('strong', { dir: 'auto', text: c.name }), el('small', { dir: 'ltr', text: '+' + c.wa_id }))))));
    if (!customers.length) list.append(el('li', { class: 'meta', text: t('emptyList') }));
  }

  function showCustomer(customer) {
    current = customer;
    $('chat-name').textContent = customer.name;
    const until = customer.service_window_until && new Date(customer.service_window_until);
    const meta = ['+' + customer.wa_id,
      until && until > new Date() ? t('windowOpen', until.toLocaleString(lang)) : t('windowClosed')];
    if (customer.blocked) meta.push(t('blocked'));
    if (customer.stopped_marketing) meta.push(t('marketingStopped'));
    $('chat-meta').textContent = meta.join(' · ');
    $('act-block').textContent = t(customer.blocked ? 'unblock' : 'block');
    $('act-marketing').textContent = t(customer.stopped_marketing ? 'resumeMarketing' : 'stopMarketing');
  }

  async function select(waId) {
    const customer = await call('GET', 'customers/' + encodeURIComponent(waId));
    lastTimeline = '';
    showCustomer(customer);
    $('chat').hidden = false;
    $('empty').hidden = true;
    document.body.classList.add('chatting');
    history.replaceState(null, '', '#' + waId);
    await Promise.all([refresh(), loadCustomers()]);
    $('text').focus();
  }

  async function refresh() {
    if (!current) return;
    const waId = current.wa_id;
    const [customer, messages] = await Promise.all([
      call('GET', 'customers/' + encodeURIComponent(waId)),
      call('GET', 'customers/' + encodeURIComponent(waId) + '/messages?direction=all')
    ]);
    if (!current || current.wa_id !== waId) return;
    showCustomer(customer);
    const snapshot = JSON.stringify(messages);
    if (snapshot !== lastTimeline) {
      lastTimeline = snapshot;
      draw(messages);
    }
    markReadIfVisible(messages);
  }

  function draw(messages) {
    const box = $('messages');
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    const byId = new Map(messages.map(m => [m.id, m]));
    const ctx = { t, lang, byId, send, mediaUrl: id => api('media/' + encodeURIComponent(id)) };
    const nodes = messages.map(m => messageNode(m, ctx));
    box.replaceChildren(...(nodes.length ? nodes : [el('p', { class: 'meta centre', text: t('noMessages') })]));
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  // While the conversation is on screen the customer is reading it, as on a real phone.
  function markReadIfVisible(messages) {
    if (document.visibilityState !== 'visible') return;
    const unread = messages.some(m => m.direction === 'outbound' && (m.status === 'sent' || m.status === 'delivered'));
    if (!unread || Date.now() - lastReadRequest < 3000) return;
    lastReadRequest = Date.now();
    call('POST', 'customers/' + encodeURIComponent(current.wa_id) + '/read').catch(() => {});
  }

  async function send(message) {
    if (!current) return;
    try {
      await call('POST', 'customers/' + encodeURIComponent(current.wa_id) + '/messages', message);
      await refresh();
    } catch (error) {
      toast(t('actionFailed', error.message));
    }
  }

  async function act(action) {
    try {
      showCustomer(await call('POST', 'customers/' + encodeURIComponent(current.wa_id) + '/' + action));
    } catch (error) {
      toast(t('actionFailed', error.message));
      showCustomer(await call('GET', 'customers/' + encodeURIComponent(current.wa_id)));
    }
  }

  function kindOf(mime) {
    if (mime.startsWith('image/')) return mime === 'image/webp' ? 'sticker' : 'image';
    if (mime.startsWith('audio/')) return 'audio';
    if (mime.startsWith('video/')) return 'video';
    return 'document';
  }

  function attach(file) {
    const reader = new FileReader();
    reader.onload = () => {
      const data = String(reader.result).split(',', 2)[1] || '';
      const mime = file.type || 'application/octet-stream';
      const kind = kindOf(mime);
      const object = { data, mime_type: mime };
      if (kind === 'document') object.filename = file.name;
      send({ type: kind, [kind]: object });
    };
    reader.readAsDataURL(file);
  }

  $('new-customer').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target;
    const error = $('new-customer-error');
    error.textContent = '';
    const field = name => form.elements.namedItem(name);
    const body = { name: field('name').value.trim(), wa_id: field('wa_id').value.trim(), language: field('language').value };
    if (!body.name || !body.wa_id) { error.textContent = t('missingFields'); return; }
    try {
      const created = await call('POST', 'customers', body);
      form.reset();
      await select(created.wa_id);
    } catch (problem) {
      error.textContent = problem.message;
    }
  });

  $('composer').addEventListener('submit', event => {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    send({ type: 'text', text: { body: text } });
  });
  $('text').addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('attach').addEventListener('change', event => {
    const file = event.target.files[0];
    if (file) attach(file);
    event.target.value = '';
  });
  $('location').addEventListener('click', () => { $('location-form').hidden = !$('location-form').hidden; });
  $('location-cancel').addEventListener('click', () => { $('location-form').hidden = true; });
  $('location-form').addEventListener('submit', event => {
    event.preventDefault();
    const field = name => event.target.elements.namedItem(name);
    const place = { latitude: Number(field('latitude').value), longitude: Number(field('longitude').value) };
    if (field('name').value.trim()) place.name = field('name').value.trim();
    event.target.hidden = true;
    send({ type: 'location', location: place });
  });
  $('act-read').addEventListener('click', () => act('read'));
  $('act-block').addEventListener('click', () => act(current.blocked ? 'unblock' : 'block'));
  $('act-report').addEventListener('click', () => act('report'));
  $('act-marketing').addEventListener('click', () => act(current.stopped_marketing ? 'resume-marketing' : 'stop-marketing'));
  $('back').addEventListener('click', () => {
    current = null;
    document.body.classList.remove('chatting');
    $('chat').hidden = true;
    $('empty').hidden = false;
    history.replaceState(null, '', '#');
    loadCustomers();
  });
  $('lang-switch').addEventListener('click', () => {
    lang = lang === 'ar' ? 'en' : 'ar';
    localStorage.setItem('sandbox-phone-lang', lang);
    applyLanguage();
    loadCustomers();
  });

  applyLanguage();
  loadCustomers().then(() => {
    const waId = decodeURIComponent(location.hash.slice(1));
    if (waId) select(waId).catch(() => {});
  });
  setInterval(() => { refresh().catch(() => {}); }, 1000);
  setInterval(() => { if (!current) loadCustomers().catch(() => {}); }, 5000);
})();
