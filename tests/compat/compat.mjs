// Drives the sandbox with whatsapp-api-js, an independent Cloud API client from npm, changing only where its
// requests go. It sends text, reply buttons, a list and a template, and checks every webhook with the library's
// own signature verification. Exit code 0 means every step passed.
//
// Environment: SANDBOX_URL (root of the sandbox, e.g. http://127.0.0.1:5090/), SANDBOX_TOKEN, SANDBOX_APP_SECRET,
// SANDBOX_PHONE_ID, SANDBOX_WABA_ID.
import http from "node:http";
import { WhatsAppAPI } from "whatsapp-api-js";
import { Text, Interactive, ActionButtons, Button, ActionList, ListSection, Row, Body, Template, Language, BodyComponent, BodyParameter } from "whatsapp-api-js/messages";

const sandbox = new URL(process.env.SANDBOX_URL ?? "http://127.0.0.1:5090/");
const token = process.env.SANDBOX_TOKEN ?? "sandbox-access-token";
const appSecret = process.env.SANDBOX_APP_SECRET ?? "sandbox-app-secret";
const phoneId = process.env.SANDBOX_PHONE_ID ?? "1550000000001";
const wabaId = process.env.SANDBOX_WABA_ID ?? "1020000000000001";
const verifyToken = "compat-verify-token";
const customer = "9665" + String(Date.now()).slice(-8);

const log = (...args) => console.log("[compat]", ...args);
const fail = (message) => { console.error("[compat] FAILED:", message); process.exit(1); };

// The library has Meta's host built in; its fetch hook is the documented way to send requests elsewhere.
const graphFetch = (url, options) => fetch(String(url).replace("https://graph.facebook.com/", new URL("graph/", sandbox).href), options);

const api = new WhatsAppAPI({ token, appSecret, webhookVerifyToken: verifyToken, v: "v23.0", ponyfill: { fetch: graphFetch } });

const inbound = [];
const statuses = [];
let rejectedSignatures = 0;
let handlerErrors = 0;
let otherFields = 0;
api.on.message = ({ message, name }) => { inbound.push({ message, name }); };
api.on.status = ({ id, status, error }) => { statuses.push({ id, status, error }); };

const receiver = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (req.method === "GET") {
    try {
      const challenge = api.get(Object.fromEntries(url.searchParams));
      res.writeHead(200).end(String(challenge));
    } catch (e) {
      res.writeHead(e.httpStatus ?? 403).end();
    }
    return;
  }
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString("utf8");
  // Every webhook must pass the library's own signature check. Only "messages" changes go on to its handler:
  // like an app subscribed to that field alone, it does not read template or quality updates.
  if (!(await api.verifyRequestSignature(raw, req.headers["x-hub-signature-256"] ?? ""))) {
    rejectedSignatures++;
    log("signature refused by the library for:", raw.slice(0, 200));
    res.writeHead(401).end();
    return;
  }
  const body = JSON.parse(raw);
  otherFields += body.entry.flatMap((e) => e.changes).filter((c) => c.field !== "messages").length;
  try {
    if (body.entry[0].changes[0].field === "messages") await api.post(body, raw, req.headers["x-hub-signature-256"]);
    res.writeHead(200).end();
  } catch (e) {
    handlerErrors++;
    log("webhook refused by the library:", e.constructor.name, e.message);
    res.writeHead(e.httpStatus ?? 500).end();
  }
});
await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const webhookUrl = `http://127.0.0.1:${receiver.address().port}/webhook`;

async function control(method, path, body) {
  const response = await fetch(new URL("api/" + path, sandbox), {
    method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) fail(`${method} api/${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

async function graph(method, path, body) {
  const response = await graphFetch(`https://graph.facebook.com/v23.0/${path}`, {
    method, headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) fail(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

async function waitFor(what, predicate, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = predicate();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  fail(`timed out waiting for ${what}`);
}

function sentId(response, what) {
  const id = response?.messages?.[0]?.id;
  if (!id) fail(`${what}: no message id in ${JSON.stringify(response)}`);
  return id;
}

try {
  await control("PATCH", "settings", { webhook_url: webhookUrl });

  // A customer writes first (opens the 24-hour window); Arabic and an emoji test the signature bytes.
  await control("POST", "customers", { wa_id: customer, name: "سارة", language: "ar" });
  await control("POST", `customers/${customer}/messages`, { type: "text", text: { body: "مرحبا، أريد تتبع طلبي 😀" } });
  const first = await waitFor("the customer's message", () => inbound.find((m) => m.message.type === "text"));
  if (first.message.text.body !== "مرحبا، أريد تتبع طلبي 😀") fail(`text arrived as ${first.message.text.body}`);
  if (first.name !== "سارة") fail(`profile name arrived as ${first.name}`);
  log("inbound text verified and parsed");

  const ids = {};
  ids.text = sentId(await api.sendMessage(phoneId, customer, new Text("أهلاً سارة! *طلبك* في الطريق.")), "text");
  ids.buttons = sentId(await api.sendMessage(phoneId, customer, new Interactive(
    new ActionButtons(new Button("track", "Track order"), new Button("agent", "Talk to agent")),
    new Body("What would you like to do?"))), "buttons");
  ids.list = sentId(await api.sendMessage(phoneId, customer, new Interactive(
    new ActionList("Choose a branch", new ListSection("Riyadh", new Row("olaya", "Olaya", "Open 9-23"), new Row("malaz", "Malaz"))),
    new Body("Pick the nearest branch"))), "list");

  // A template: created through the Graph API, approved by the sandbox's review, then sent with the library.
  const templateName = "compat_order_update_" + Date.now();
  await graph("POST", `${wabaId}/message_templates`, {
    name: templateName, language: "en_US", category: "UTILITY",
    components: [{ type: "BODY", text: "Hello {{1}}, your order {{2}} has shipped.", example: { body_text: [["Sara", "A-1001"]] } }],
  });
  const approvedBy = Date.now() + 15000;
  for (;;) {
    const list = await graph("GET", `${wabaId}/message_templates?name=${templateName}`);
    if (list.data?.[0]?.status === "APPROVED") break;
    if (Date.now() > approvedBy) fail(`template not approved: ${JSON.stringify(list)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  ids.template = sentId(await api.sendMessage(phoneId, customer, new Template(templateName, new Language("en_US"),
    new BodyComponent(new BodyParameter("Sara"), new BodyParameter("A-1001")))), "template");
  log("sent", JSON.stringify(ids));

  for (const [what, id] of Object.entries(ids)) {
    await waitFor(`a delivered status for the ${what} message`, () => statuses.find((s) => s.id === id && (s.status === "delivered" || s.status === "read")));
  }
  log("delivered statuses verified for every message");

  const timeline = await control("GET", `customers/${customer}/messages`);
  const items = Array.isArray(timeline) ? timeline : timeline.messages ?? timeline.items ?? [];
  for (const [what, id] of Object.entries(ids)) {
    if (!items.some((m) => m.id === id)) fail(`the customer's phone does not show the ${what} message (${id})`);
  }
  if (rejectedSignatures > 0) fail(`${rejectedSignatures} webhooks failed the library's signature check`);
  if (handlerErrors > 0) fail(`${handlerErrors} webhooks could not be handled by the library`);
  if (otherFields === 0) fail("no template status webhook arrived (the template's approval should have sent one)");
  log(`ok: ${Object.keys(ids).length} messages sent, ${statuses.length} statuses, ${inbound.length} inbound messages and ${otherFields} other webhooks verified`);
  process.exit(0);
} catch (e) {
  fail(e?.stack ?? String(e));
}
