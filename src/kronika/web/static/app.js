// kronika dashboard: reads the filters from the URL, calls the JSON API, builds each view.
// Article text only ever reaches the page through textContent / text nodes (never innerHTML),
// and links are built from ids into our own paths, so an article cannot inject markup.

const SVG = "http://www.w3.org/2000/svg";
const page = new URLSearchParams(location.search);
const FILTERS = ["since", "until", "country", "actor", "type", "factuality"];
// One colour per PLOVER type, cooperative types in blues/greens, conflictual in reds.
const TYPE_COLOURS = {
  AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2c7fb8", CONCEDE: "#41b6c4",
  COOPERATE: "#225ea8", AID: "#7fcdbb", RETREAT: "#a6d96a", REQUEST: "#984ea3",
  ACCUSE: "#fdae61", REJECT: "#f46d43", THREATEN: "#d73027", PROTEST: "#e6ab02",
  SANCTION: "#a6761d", MOBILIZE: "#8c510a", COERCE: "#b2182b", ASSAULT: "#67001f",
};

// -- small DOM helpers ---------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  for (const child of children) node.append(child);
  return node;
}

function setAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "onclick") node.addEventListener("click", value);
    else node.setAttribute(key, String(value));
  }
}

function status(text) {
  document.getElementById("status").textContent = text;
}

function content() {
  return document.getElementById("content");
}

// -- URLs and the API -----------------------------------------------------------------------

// The page's filters as API parameters; the dashboard shows every factuality by default.
function filterParams(keys = FILTERS) {
  const out = new URLSearchParams();
  for (const key of keys) for (const value of page.getAll(key)) if (value) out.append(key, value);
  if (keys.includes("factuality") && !out.has("factuality")) out.append("factuality", "all");
  return out;
}

async function api(path, params = new URLSearchParams()) {
  const response = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

// A link to the evidence view of one record, keeping the current filters.
function evidenceHref(docId, kind, id) {
  const params = filterParams();
  params.set("doc", docId);
  params.set(kind, id);
  return `/evidence?${params}`;
}

function panel(title, ...children) {
  const aside = document.getElementById("panel");
  document.getElementById("panel-title").textContent = title;
  document.getElementById("panel-body").replaceChildren(...children);
  aside.hidden = false;
}

// Events as a table; compact (for the side panel) puts both sides in one cell, no title.
function eventTable(items, compact = false) {
  const columns = compact ? ["date", "type", "who → whom", "factuality", "trigger"]
    : ["date", "type", "source", "target", "factuality", "trigger", "article"];
  const head = el("tr", {}, ...columns.map((h) => el("th", { text: h })));
  const sides = (e) => compact
    ? [el("td", { text: `${e.source_name || e.source_code || "—"} → ${e.target_name || e.target_code || "—"}` })]
    : [el("td", { text: e.source_name || e.source_code || "" }),
      el("td", { text: e.target_name || e.target_code || "" })];
  const rows = items.map((e) => el("tr", { class: "event-row", "data-event": e.id },
    el("td", { text: e.effective_date || "" }),
    el("td", {}, el("span", { class: "type-chip", "data-type": e.type, text: e.type })),
    ...sides(e),
    el("td", { class: `fact-${e.factuality}`, text: e.factuality }),
    el("td", {}, el("a", { class: "event-link", href: evidenceHref(e.doc_id, "event", e.id),
      title: e.doc_title || "", text: e.trigger })),
    compact ? null : el("td", { text: e.doc_title || "" })));
  return el("table", { class: compact ? "events compact" : "events" },
    el("thead", {}, head), el("tbody", {}, ...rows));
}

async function showEvents(title, params, keep = () => true) {
  params.set("limit", "1000");
  const body = await api("/api/events", params);
  const items = body.items.filter(keep);
  const table = eventTable(items, true);
  panel(`${title} (${items.length})`, table);
  paintSwatches(table);
}

function colour(type) {
  return TYPE_COLOURS[type] || "#777";
}

function legend(types) {
  return el("ul", { class: "legend" }, ...types.map((t) => el("li", {},
    el("span", { class: "swatch", "data-type": t }), t)));
}

// Swatches take their colour from data-type through a stylesheet rule set here (no inline
// style attribute needed: the CSP forbids inline styles).
function paintSwatches(root) {
  for (const node of root.querySelectorAll("[data-type]")) {
    if (node.classList.contains("swatch") || node.classList.contains("type-chip")) {
      node.style.setProperty("--type-colour", colour(node.dataset.type));
    }
  }
}

// -- timeline -------------------------------------------------------------------------------

async function timelineView() {
  const body = await api("/api/timeline", filterParams());
  const rows = body.items;
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const asserted = rows.reduce((n, r) => n + r.asserted, 0);
  const other = rows.reduce((n, r) => n + r.other, 0);
  const summary = el("p", { id: "summary", "data-total": asserted + other,
    "data-asserted": asserted, "data-other": other,
    text: `${asserted + other} dated events on ${days.length} days: ${asserted} asserted,`
      + ` ${other} negated, hypothetical, future or reported (drawn below the axis).` });
  if (!rows.length) {
    content().replaceChildren(summary);
    return;
  }
  const width = Math.max(640, days.length * 28), height = 360, mid = 200, left = 40;
  const step = (width - left) / days.length;
  const totals = (key) => days.map((d) => rows.filter((r) => r.day === d)
    .reduce((n, r) => n + r[key], 0));
  const top = Math.max(1, ...totals("asserted"), ...totals("other"));
  const scale = (n) => (n / top) * (mid - 30);
  const chart = svg("svg", { class: "timeline", viewBox: `0 0 ${width} ${height}`,
    role: "img", "aria-label": "events per day by type" });
  chart.append(svg("line", { x1: left, x2: width, y1: mid, y2: mid, class: "axis" }));
  days.forEach((day, i) => {
    let up = mid, down = mid;
    for (const r of rows.filter((x) => x.day === day)) {
      for (const [key, sign] of [["asserted", -1], ["other", 1]]) {
        if (!r[key]) continue;
        const h = scale(r[key]);
        const y = sign < 0 ? up - h : down;
        if (sign < 0) up -= h; else down += h;
        const bar = svg("rect", { class: `bar ${key}`, x: left + i * step + 2, y,
          width: Math.max(2, step - 4), height: h, fill: colour(r.type),
          "data-day": day, "data-type": r.type, "data-count": r[key], tabindex: 0 },
        svg("title", {}, document.createTextNode(`${day} ${r.type}: ${r[key]} ${key}`)));
        bar.addEventListener("click", () => openDay(day, r.type, key));
        chart.append(bar);
      }
    }
    if (days.length <= 40 || i % Math.ceil(days.length / 40) === 0) {
      chart.append(svg("text", { x: left + i * step + step / 2, y: height - 4,
        class: "tick", "text-anchor": "middle" }, document.createTextNode(day.slice(5))));
    }
  });
  content().replaceChildren(summary, chart, legend(types));
  paintSwatches(content());
}

function openDay(day, type, key) {
  const params = filterParams();
  params.set("since", day);
  params.set("until", day);
  params.delete("type");
  params.append("type", type);
  showEvents(`${type} on ${day}`, params,
    (e) => (key === "asserted") === (e.factuality === "asserted"));
}

// -- map ------------------------------------------------------------------------------------

const MAP_W = 960, MAP_H = 480;
const project = ([lon, lat]) => [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];

function ringPath(ring) {
  return ring.map((p, i) => (i ? "L" : "M") + project(p).map((v) => v.toFixed(1)).join(","))
    .join("") + "Z";
}

function countryPath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((poly) => poly.map(ringPath).join("")).join("");
}

async function mapView() {
  const [world, body] = await Promise.all([
    fetch("/static/vendor/countries-110m.geojson").then((r) => r.json()),
    api("/api/map", filterParams()),
  ]);
  const chart = svg("svg", { class: "map", viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: "img",
    "aria-label": "located events" });
  chart.append(svg("rect", { class: "sea", x: 0, y: 0, width: MAP_W, height: MAP_H }));
  for (const feature of world.features) {
    if (!feature.geometry) continue;
    chart.append(svg("path", { class: "country", d: countryPath(feature.geometry) },
      svg("title", {}, document.createTextNode(feature.properties.name || ""))));
  }
  const top = Math.max(1, ...body.items.map((p) => p.n_events));
  for (const p of body.items) {
    const [x, y] = project([p.lon, p.lat]);
    const dot = svg("circle", { class: "point", cx: x.toFixed(1), cy: y.toFixed(1),
      r: (3 + 12 * Math.sqrt(p.n_events / top)).toFixed(1), fill: colour(p.top_type),
      "data-count": p.n_events, "data-type": p.top_type, tabindex: 0 },
    svg("title", {}, document.createTextNode(`${p.name}: ${p.n_events} events`)));
    dot.addEventListener("click", () => openPlace(p));
    chart.append(dot);
  }
  zoomable(chart);
  const total = body.items.reduce((n, p) => n + p.n_events, 0);
  const summary = el("p", { id: "summary", "data-total": total, "data-places": body.items.length,
    text: `${total} located events at ${body.items.length} places; size by count, colour by`
      + " most frequent type. Scroll to zoom, drag to pan." });
  content().replaceChildren(summary, chart,
    legend([...new Set(body.items.map((p) => p.top_type))].sort()));
  paintSwatches(content());
}

function openPlace(place) {
  const params = filterParams();
  if (place.country) params.set("country", place.country);
  showEvents(`Events at ${place.name}`, params,
    (e) => e.location_name === place.name && e.lat === place.lat && e.lon === place.lon);
}

// Wheel zoom and drag pan by moving the viewBox.
function zoomable(chart) {
  let box = [0, 0, MAP_W, MAP_H], drag = null;
  const apply = () => chart.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));
  chart.addEventListener("wheel", (event) => {
    event.preventDefault();
    const k = event.deltaY < 0 ? 0.8 : 1.25;
    const rect = chart.getBoundingClientRect();
    const fx = (event.clientX - rect.left) / rect.width, fy = (event.clientY - rect.top) / rect.height;
    const w = Math.min(MAP_W, box[2] * k), h = Math.min(MAP_H, box[3] * k);
    box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
    apply();
  }, { passive: false });
  chart.addEventListener("pointerdown", (e) => { drag = [e.clientX, e.clientY]; });
  chart.addEventListener("pointerup", () => { drag = null; });
  chart.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const rect = chart.getBoundingClientRect();
    box[0] -= ((event.clientX - drag[0]) / rect.width) * box[2];
    box[1] -= ((event.clientY - drag[1]) / rect.height) * box[3];
    drag = [event.clientX, event.clientY];
    apply();
  });
}

// -- network --------------------------------------------------------------------------------

async function networkView() {
  const body = await api("/api/network", filterParams());
  const { nodes, edges } = body;
  const total = edges.reduce((n, e) => n + e.n_events, 0);
  const summary = el("p", { id: "summary", "data-total": total, "data-nodes": nodes.length,
    "data-edges": edges.length,
    text: `${nodes.length} actors, ${edges.length} dyads, ${total} events between them;`
      + " green: mostly cooperation, red: mostly conflict; width by count." });
  const size = 640, centre = size / 2, radius = size / 2 - 110;
  const chart = svg("svg", { class: "network", viewBox: `-150 0 ${size + 300} ${size}`, role: "img",
    "aria-label": "actor network" });
  const at = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    return [n.id, [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)]];
  }));
  const top = Math.max(1, ...edges.map((e) => e.n_events));
  for (const e of edges) {
    const [x1, y1] = at.get(e.source), [x2, y2] = at.get(e.target);
    // Bend each edge to the right of its direction so A->B and B->A stay apart.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.15, my = (y1 + y2) / 2 - (x2 - x1) * 0.15;
    const kind = e.conflict > e.cooperation ? "conflict"
      : e.cooperation > e.conflict ? "cooperation" : "neutral";
    const line = svg("path", { class: `edge ${kind}`, d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`,
      "stroke-width": (1 + 7 * (e.n_events / top)).toFixed(1), "data-count": e.n_events,
      tabindex: 0 },
    svg("title", {}, document.createTextNode(
      `${e.source_name} → ${e.target_name}: ${e.n_events} events`)));
    line.addEventListener("click", () => openDyad(e));
    chart.append(line);
  }
  for (const n of nodes) {
    const [x, y] = at.get(n.id);
    const anchor = x < centre - 5 ? "end" : x > centre + 5 ? "start" : "middle";
    const dx = anchor === "end" ? -10 : anchor === "start" ? 10 : 0;
    chart.append(svg("g", { class: "node", "data-count": n.n_events },
      svg("circle", { cx: x, cy: y, r: 4 + Math.min(10, Math.sqrt(n.n_events)) }),
      svg("text", { x: x + dx, y: y + 4, "text-anchor": anchor },
        document.createTextNode(n.name || n.code || n.id))));
  }
  content().replaceChildren(summary, chart);
}

function openDyad(edge) {
  const params = filterParams();
  params.set("actor", edge.source);
  showEvents(`${edge.source_name} → ${edge.target_name}`, params,
    (e) => e.source_key === edge.source && e.target_key === edge.target);
}

// -- positions ------------------------------------------------------------------------------

async function positionsView() {
  const body = await api("/api/positions",
    new URLSearchParams([...filterParams(["actor", "since", "until", "issue"]), ["limit", "1000"]]));
  const tracks = new Map();
  for (const p of body.items) {
    const key = `${p.actor_key || p.doc_id + "/" + p.actor}\u0000${p.issue}`;
    if (!tracks.has(key)) tracks.set(key, []);
    tracks.get(key).push(p);
  }
  const changes = body.items.filter((p) => p.change).length;
  const summary = el("p", { id: "summary", "data-total": body.items.length,
    "data-tracks": tracks.size, "data-changes": changes,
    text: `${body.items.length} stances of ${tracks.size} actor × issue pairs, ${changes}`
      + " changes of stance (marked ⇄)." });
  const list = el("ol", { class: "tracks" });
  // Tracks that change first, then the longest: the shifts are what this view is for.
  const ordered = [...tracks.values()].sort((a, b) =>
    b.filter((p) => p.change).length - a.filter((p) => p.change).length || b.length - a.length);
  for (const stances of ordered) {
    const first = stances[0];
    const steps = stances.map((p) => el("li", { class: `stance stance-${p.stance}`
      + (p.change ? " change" : ""), "data-stance": p.stance },
    el("a", { href: evidenceHref(p.doc_id, "position", p.id), class: "position-link" },
      el("span", { class: "when", text: p.effective_date || "undated" }),
      el("span", { class: "what", text: (p.change ? `⇄ ${p.previous_stance} → ` : "") + p.stance
        + (p.hedged ? " (hedged)" : "") }),
      el("span", { class: "quote", text: p.issue_text }))));
    list.append(el("li", { class: "track" },
      el("div", { class: "track-head" }, el("strong", { text: first.actor_name || first.actor }),
        " on ", el("em", { text: first.issue })),
      el("ol", { class: "stances" }, ...steps)));
  }
  content().replaceChildren(summary, list);
}

// -- evidence -------------------------------------------------------------------------------

async function evidenceView() {
  const docId = page.get("doc");
  if (!docId) return evidenceIndex();
  const analysis = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const doc = analysis.document;
  const chosen = chooseRecord(analysis);
  const marks = chosen ? recordMarks(analysis, chosen) : [];
  const meta = el("dl", { class: "meta" },
    ...[["title", doc.title], ["author", doc.author], ["source", doc.source],
      ["published", doc.published], ["genre", doc.genre]]
      .filter(([, v]) => v).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  const text = el("article", { id: "document-text", class: "document" },
    ...highlight(doc.text, marks));
  content().replaceChildren(el("h2", { id: "doc-title", text: doc.title || "(untitled)" }),
    meta, chosen ? describe(analysis, chosen) : el("p", { text: "Choose a record." }), text);
  panel("Records of this article", recordList(analysis, docId));
  const first = text.querySelector(".hl-sentence");
  if (first) first.scrollIntoView({ block: "center" });
}

async function evidenceIndex() {
  const params = filterParams();
  params.set("limit", "100");
  const body = await api("/api/events", params);
  content().replaceChildren(
    el("p", { id: "summary", "data-total": body.total,
      text: `${body.total} events match the filters; choose one to read its evidence.` }),
    eventTable(body.items));
  paintSwatches(content());
}

function chooseRecord(analysis) {
  for (const [kind, list] of [["event", analysis.events], ["claim", analysis.claims],
    ["position", analysis.positions]]) {
    const id = page.get(kind);
    const found = id && list.find((r) => r.id === id);
    if (found) return { kind, record: found };
  }
  return null;
}

function actorOf(analysis, id) {
  return analysis.actors.find((a) => a.id === id);
}

// Spans to highlight for one record: [start, end, class], offsets in code points.
function recordMarks(analysis, { kind, record }) {
  const ev = record.evidence;
  const marks = [[ev.start, ev.end, "hl-sentence"]];
  const inSentence = (m) => m.start >= ev.start && m.end <= ev.end;
  const sideMarks = (actorId, cls) => {
    const actor = actorOf(analysis, actorId);
    for (const m of actor ? actor.mentions.filter(inSentence) : []) marks.push([m.start, m.end, cls]);
  };
  if (kind === "event") {
    if (record.trigger_start !== null && record.trigger_start !== undefined) {
      marks.push([record.trigger_start, record.trigger_end, "hl-trigger"]);
    }
    sideMarks(record.source, "hl-source");
    sideMarks(record.target, "hl-target");
    const cue = record.factuality_cue;
    const at = cue ? ev.text.toLowerCase().indexOf(cue.toLowerCase()) : -1;
    if (at >= 0) {
      const start = ev.start + Array.from(ev.text.slice(0, at)).length;
      marks.push([start, start + Array.from(cue).length, "hl-cue"]);
    }
  } else if (kind === "claim") {
    if (record.speaker_start !== null && record.speaker_start !== undefined) {
      marks.push([record.speaker_start, record.speaker_end, "hl-speaker"]);
    }
    if (record.cue_start !== null && record.cue_start !== undefined) {
      marks.push([record.cue_start, record.cue_end, "hl-cue"]);
    }
    marks.push([record.content_start, record.content_end, "hl-content"]);
  } else {
    sideMarks(record.actor, "hl-source");
  }
  return marks;
}

// The text cut at every mark boundary; each piece a text node or a <mark> with its classes.
function highlight(text, marks) {
  const chars = Array.from(text);  // Python offsets count code points, not UTF-16 units
  const cuts = new Set([0, chars.length]);
  for (const [s, e] of marks) { cuts.add(Math.max(0, s)); cuts.add(Math.min(chars.length, e)); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = chars.slice(s, e).join("");
    const classes = marks.filter(([ms, me]) => ms <= s && me >= e).map((m) => m[2]);
    pieces.push(classes.length ? el("mark", { class: classes.join(" "), text: piece })
      : document.createTextNode(piece));
  }
  return pieces;
}

function describe(analysis, { kind, record }) {
  const name = (id) => { const a = actorOf(analysis, id); return a ? a.name : "—"; };
  const rows = kind === "event" ? [
    ["event", `${record.type} (CAMEO ${record.cameo || "—"}, Goldstein ${record.goldstein ?? "—"})`],
    ["source", name(record.source)], ["target", name(record.target)],
    ["trigger", record.trigger], ["date", record.date || "—"],
    ["location", record.location ? record.location.name : "—"],
    ["factuality", record.factuality + (record.factuality_cue
      ? ` — cue “${record.factuality_cue}”` : " — no cue")],
    ["reported in", reportingClaim(analysis, record)],
  ] : kind === "claim" ? [
    ["claim", record.direct ? "direct quote" : "indirect"],
    ["speaker", `${record.speaker_text || "—"} (${record.speaker_kind})`],
    ["cue", record.cue || "—"], ["content", record.content],
  ] : [
    ["position", `${record.stance}${record.hedged ? " (hedged)" : ""}`],
    ["actor", name(record.actor)], ["issue", `${record.issue}: ${record.issue_text}`],
    ["date", record.date || "—"],
  ];
  return el("dl", { id: "record", class: "record", "data-kind": kind },
    ...rows.flatMap(([k, v]) => [el("dt", { text: k }),
      el("dd", { class: `field-${k.replace(" ", "-")}` }, v)]));
}

// The claim an event is reported in, as a link to it (or a dash).
function reportingClaim(analysis, event) {
  const claim = analysis.claims.find((c) => c.id === event.attributed_to);
  if (!claim) return "—";
  return el("a", { class: "claim-link", href: evidenceHref(analysis.document.id, "claim", claim.id),
    text: `claim by ${claim.speaker_text || claim.speaker_kind}` });
}

function recordList(analysis, docId) {
  const item = (kind, r, label) => el("li", {},
    el("a", { href: evidenceHref(docId, kind, r.id), class: `${kind}-link` }, label));
  return el("ul", { class: "records" },
    ...analysis.events.map((e) => item("event", e, `${e.type} · ${e.trigger} · ${e.factuality}`)),
    ...analysis.claims.map((c) => item("claim", c, `claim · ${c.speaker_text || c.speaker_kind}`)),
    ...analysis.positions.map((p) => item("position", p, `${p.stance} · ${p.issue}`)));
}

// -- start ----------------------------------------------------------------------------------

const VIEWS = { timeline: timelineView, map: mapView, network: networkView,
  positions: positionsView, evidence: evidenceView };

async function start() {
  const view = document.body.dataset.view;
  try {
    await VIEWS[view]();
    status("");
    document.body.dataset.ready = "true";
  } catch (error) {
    status(`Could not load: ${error.message}`);
    document.body.dataset.ready = "error";
  }
}

start();
