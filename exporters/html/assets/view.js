// kg view: the page's behaviour. All text from the data is inserted with
// textContent (never innerHTML) and wrapped in <bdi>, so names cannot inject
// markup nor flip the direction of the text around them.
(function () {
  'use strict';

  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var nodes = data.nodes, facts = data.facts, docs = data.docs, rels = data.rels, texts = data.texts;
  var big = data.layout === 'preset';
  nodes.forEach(function (n) { n.size = n.size || 0; n.deg = n.deg || 0; n.comm = n.comm || 0; });
  var $ = function (id) { return document.getElementById(id); };

  // --- derived data --------------------------------------------------------

  // One drawn edge per (subject, relation, object, negation), carrying the
  // facts (one per evidence sentence) that state it.
  var edges = [];
  (function () {
    var index = new Map();
    facts.forEach(function (f, i) {
      var key = f.s + ' ' + f.r + ' ' + f.o + (f.neg ? ' !' : '');
      var e = index.get(key);
      if (e === undefined) {
        e = edges.length;
        index.set(key, e);
        edges.push({ s: f.s, o: f.o, r: f.r, neg: !!f.neg, facts: [] });
      }
      edges[e].facts.push(i);
    });
  })();
  var nodeEdges = nodes.map(function () { return []; });
  edges.forEach(function (e, j) {
    nodeEdges[e.s].push(j);
    if (e.o !== e.s) nodeEdges[e.o].push(j);
  });

  // A node's document is the one most of its facts come from.
  var nodeDoc = nodes.map(function (n, i) {
    var count = new Map(), best = -1, bestN = 0;
    nodeEdges[i].forEach(function (j) {
      edges[j].facts.forEach(function (k) {
        var d = facts[k].d, c = (count.get(d) || 0) + 1;
        count.set(d, c);
        if (c > bestN || (c === bestN && d < best)) { best = d; bestN = c; }
      });
    });
    return best;
  });

  function fold(s) {
    return String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }
  var keys = nodes.map(function (n) {
    return [n.name].concat(n.aliases || []).map(fold);
  });

  function relName(e) { return (e.neg ? 'not ' : '') + rels[e.r]; }
  function docLabel(d) {
    var doc = docs[d];
    return doc ? (doc.title || (doc.name || '').replace(/^.*[\\/]/, '') || doc.id) : '';
  }

  // --- colours -----------------------------------------------------------

  var typeColours = {
    PERSON: '#1f77b4', ORG: '#ff7f0e', GPE: '#2ca02c', LOC: '#17becf',
    DATE: '#9467bd', MISC: '#8c564b', VALUE: '#9e9e9e'
  };
  var palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
    '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];
  function hashColour(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return palette[Math.abs(h) % palette.length];
  }
  function commColour(c) { return c > 0 ? palette[(c - 1) % palette.length] : '#9e9e9e'; }
  function typeColour(t) { return typeColours[t] || hashColour(t); }
  var colourBy = 'type';
  function nodeColour(i) {
    if (colourBy === 'comm') return commColour(nodes[i].comm);
    if (colourBy === 'doc') return nodeDoc[i] < 0 ? '#9e9e9e' : palette[nodeDoc[i] % palette.length];
    return typeColour(nodes[i].type);
  }

  // --- the graph -----------------------------------------------------------

  function nodeSize(n) { return (big ? 8 : 16) + (big ? 40 : 44) * Math.sqrt(n.size || 0); }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  // A large graph is not drawn whole: cytoscape needs seconds for tens of
  // thousands of elements. The page starts with the biggest entities and
  // the relations among them, and adds more where the user looks (search,
  // panel, path, filters, "show more"). Search, panel and paths always work
  // on all the data.
  var initialNodes = 200, maxEdgesPerNode = 150;
  var inCy = new Uint8Array(nodes.length), edgeInCy = new Uint8Array(edges.length), drawn = 0;
  var bySize = nodes.map(function (n, i) { return i; }).sort(function (a, b) {
    return nodes[b].size - nodes[a].size || nodes[b].deg - nodes[a].deg || a - b;
  });

  var rankOf = new Int32Array(nodes.length);
  bySize.forEach(function (i, r) { rankOf[i] = r; });
  function nodeElement(i) {
    var n = nodes[i];
    var e = { group: 'nodes', data: { id: 'n' + i, i: i, label: short(n.name, 40), colour: nodeColour(i), size: nodeSize(n) } };
    if (n.pos) e.position = { x: n.pos[0], y: n.pos[1] };
    if (big && rankOf[i] < 40) e.classes = 'hub';
    return e;
  }
  function edgeElement(j) {
    var e = edges[j];
    var label = relName(e) + (e.facts.length > 1 ? ' ×' + e.facts.length : '');
    return { group: 'edges', data: { id: 'e' + j, j: j, source: 'n' + e.s, target: 'n' + e.o, label: label } };
  }

  // elementsFor lists the elements that drawing the given nodes adds: the
  // nodes not drawn yet and their relations to drawn nodes.
  function elementsFor(list, edgeList) {
    var out = [], added = [];
    list.forEach(function (i) {
      if (!inCy[i]) { inCy[i] = 1; drawn++; added.push(i); out.push(nodeElement(i)); }
    });
    added.forEach(function (i) {
      var es = nodeEdges[i], n = 0;
      for (var x = 0; x < es.length && n < maxEdgesPerNode; x++) {
        var j = es[x], e = edges[j];
        if (!edgeInCy[j] && inCy[e.s] && inCy[e.o]) { edgeInCy[j] = 1; n++; out.push(edgeElement(j)); }
      }
    });
    (edgeList || []).forEach(function (j) {
      if (!edgeInCy[j] && inCy[edges[j].s] && inCy[edges[j].o]) { edgeInCy[j] = 1; out.push(edgeElement(j)); }
    });
    return out;
  }

  var elements = elementsFor(big && nodes.length > 2 * initialNodes ? bySize.slice(0, initialNodes) : bySize);

  var style = [
    { selector: 'node', style: {
      'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
      'label': 'data(label)', 'font-size': big ? 10 : 11, 'min-zoomed-font-size': big ? 9 : 4,
      'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#222',
      'text-outline-color': '#fafafa', 'text-outline-width': big ? 0 : 1.5, 'border-color': '#333', 'border-width': 0
    } },
    { selector: 'edge', style: {
      'width': 1.2, 'line-color': '#b8b8b8', 'target-arrow-color': '#b8b8b8', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': big ? 'straight' : 'bezier', 'label': big ? '' : 'data(label)', 'font-size': 8,
      'min-zoomed-font-size': big ? 9 : 5, 'text-rotation': 'autorotate', 'color': '#555',
      'text-background-color': '#fafafa', 'text-background-opacity': big ? 0 : 0.8, 'text-background-padding': 1
    } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: '.faded', style: { 'opacity': 0.15 } },
    // The biggest entities of a large graph are named at the opening zoom.
    { selector: 'node.hub', style: {
      'min-zoomed-font-size': 0, 'font-weight': 'bold', 'text-outline-color': '#fafafa', 'z-index': 5
    } },
    { selector: 'node.found', style: { 'border-width': 5, 'border-color': '#ffb000' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#d62728', 'z-index': 10, 'opacity': 1 } },
    { selector: 'edge.path', style: {
      'width': 4, 'line-color': '#d62728', 'target-arrow-color': '#d62728', 'z-index': 10, 'opacity': 1,
      'font-size': 11, 'min-zoomed-font-size': 0, 'color': '#a00'
    } }
  ];

  marks.data = performance.now();
  var view = {};
  if (big) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    elements.forEach(function (e) {
      if (!e.position) return;
      x0 = Math.min(x0, e.position.x); x1 = Math.max(x1, e.position.x);
      y0 = Math.min(y0, e.position.y); y1 = Math.max(y1, e.position.y);
    });
    var W = $('cy').clientWidth || 800, H = $('cy').clientHeight || 600;
    var zoom = Math.min(4, (W - 60) / Math.max(1, x1 - x0 + 50), (H - 60) / Math.max(1, y1 - y0 + 50));
    view = { zoom: zoom, pan: { x: W / 2 - zoom * (x0 + x1) / 2, y: H / 2 - zoom * (y0 + y1) / 2 } };
  }
  var cy = cytoscape({
    container: $('cy'),
    zoom: view.zoom,
    pan: view.pan,
    elements: elements,
    style: style,
    // The opening viewport of a large graph is computed from the known
    // positions: cytoscape's fit would measure every label first.
    layout: big ? { name: 'preset', fit: false }
      : { name: 'cose', animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true,
          idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 9000; }, numIter: 1000 },
    minZoom: 0.002,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto'
  });
  marks.cytoscape = performance.now();
  function nodeEl(i) { return cy.getElementById('n' + i); }
  function edgeEl(j) { return cy.getElementById('e' + j); }

  // draw makes sure the given nodes are drawn, with their relations.
  function draw(list, edgeList) {
    var add = elementsFor(list, edgeList);
    if (!add.length) return;
    var eles = cy.add(add);
    eles.forEach(function (e) {
      var hide = e.isNode() ? !nodeShown[e.data('i')] : !edgeShown[e.data('j')];
      if (hide) e.addClass('hidden');
    });
    updateStats();
  }

  // --- small DOM helpers ------------------------------------------------

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'cls') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c == null) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }
  function bdi(s) { return el('bdi', { text: s }); }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function entLink(i) {
    var b = el('button', { type: 'button', cls: 'ent' }, bdi(nodes[i].name));
    b.addEventListener('click', function () { focusNode(i); showEntity(i); });
    return b;
  }
  function swatch(colour) { var s = el('span', { cls: 'swatch' }); s.style.background = colour; return s; }

  // evidence renders one fact's sentence, source document and qualifiers.
  function evidence(k) {
    var f = facts[k], frag = document.createDocumentFragment();
    frag.appendChild(el('blockquote', { cls: 'evidence' }, bdi(f.t >= 0 ? texts[f.t] : '(no sentence recorded)')));
    var doc = docs[f.d] || {}, bits = [];
    if (doc.date) bits.push(doc.date);
    bits.push('sentence ' + (f.n + 1));
    if (f.surf) bits.push('“' + f.surf + '”');
    if (f.time) bits.push('time: ' + f.time);
    if (f.place) bits.push('place: ' + f.place);
    if (f.mod) bits.push(f.mod);
    if (f.att) bits.push('according to ' + f.att);
    if (f.conf) bits.push('confidence ' + f.conf);
    frag.appendChild(el('div', { cls: 'source' }, el('cite', {}, bdi(docLabel(f.d))), ' · ' + bits.join(' · ')));
    return frag;
  }

  // --- the side panel -----------------------------------------------------

  var panel = $('panel'), panelBody = $('panel-body');
  var current = -1;
  $('panel-close').addEventListener('click', function () { panel.hidden = true; current = -1; cy.resize(); });

  function openPanel() {
    if (panel.hidden) { panel.hidden = false; cy.resize(); }
    panel.scrollTop = 0;
  }

  function factItem(j, from) {
    var e = edges[j];
    var li = el('li', { cls: 'fact', 'data-rel': rels[e.r], 'data-subject': nodes[e.s].name, 'data-object': nodes[e.o].name,
      'data-negated': e.neg ? 'true' : 'false' });
    var subj = e.s === from ? el('b', {}, bdi(nodes[e.s].name)) : entLink(e.s);
    var obj = e.o === from ? el('b', {}, bdi(nodes[e.o].name)) : entLink(e.o);
    li.appendChild(el('div', {}, subj, ' ', el('span', { cls: e.neg ? 'rel neg' : 'rel' }, bdi(relName(e))), ' → ', obj));
    e.facts.forEach(function (k) { li.appendChild(evidence(k)); });
    return li;
  }

  var panelLimit = 300;
  function showEntity(i) {
    current = i;
    if (big) {
      var around = [i];
      nodeEdges[i].slice(0, 60).forEach(function (j) { around.push(edges[j].s === i ? edges[j].o : edges[j].s); });
      draw(around);
    }
    var n = nodes[i];
    clear(panelBody);
    panelBody.appendChild(el('h2', { id: 'panel-name' }, bdi(n.name)));
    var meta = el('div', { cls: 'meta' }, swatch(typeColour(n.type)), el('span', { id: 'panel-type' }, n.type));
    if (n.mentions) meta.appendChild(document.createTextNode(' · ' + n.mentions + ' mentions'));
    meta.appendChild(document.createTextNode(' · ' + n.deg + ' neighbours' + (data.ranked ? ' · rank ' + Number(n.rank || 0).toPrecision(3) : '')));
    panelBody.appendChild(meta);
    if (n.aliases && n.aliases.length) {
      var al = el('ul', { id: 'panel-aliases', cls: 'meta' });
      n.aliases.forEach(function (a) { al.appendChild(el('li', {}, bdi(a))); });
      panelBody.appendChild(el('h3', { text: 'Also called' }));
      panelBody.appendChild(al);
    }
    var mine = nodeEdges[i].slice().sort(function (a, b) {
      return edges[b].facts.length - edges[a].facts.length || a - b;
    });
    var nf = mine.reduce(function (s, j) { return s + edges[j].facts.length; }, 0);
    panelBody.appendChild(el('h3', { text: 'Facts (' + nf + ')' }));
    var ul = el('ul', { id: 'panel-facts', cls: 'facts' });
    mine.slice(0, panelLimit).forEach(function (j) { ul.appendChild(factItem(j, i)); });
    panelBody.appendChild(ul);
    if (mine.length > panelLimit) panelBody.appendChild(el('p', { cls: 'meta', text: (mine.length - panelLimit) + ' more relations not shown' }));
    openPanel();
  }

  function showEdge(j) {
    current = -1;
    clear(panelBody);
    panelBody.appendChild(el('h2', {}, 'Fact'));
    var ul = el('ul', { id: 'panel-facts', cls: 'facts' }, factItem(j, -1));
    panelBody.appendChild(ul);
    openPanel();
  }

  cy.on('tap', 'node', function (ev) { showEntity(ev.target.data('i')); });
  cy.on('tap', 'edge', function (ev) { showEdge(ev.target.data('j')); });

  // --- search ---------------------------------------------------------------

  // find returns nodes matching q: whole name or alias first, then a name
  // or alias starting with q, then one with a word starting with q, then
  // any substring; bigger nodes first within each rank.
  function find(q, limit) {
    q = fold(q);
    if (!q) return [];
    var hits = [];
    keys.forEach(function (ks, i) {
      var best = 9;
      ks.forEach(function (k) {
        var s = 9;
        if (k === q) s = 0;
        else if (k.startsWith(q)) s = 1;
        else if ((' ' + k).replace(/[^\p{L}\p{N}]+/gu, ' ').indexOf(' ' + q) >= 0) s = 2;
        else if (k.indexOf(q) >= 0) s = 3;
        if (s < best) best = s;
      });
      if (best < 9) hits.push({ i: i, score: best + (nodes[i].lit ? 4 : 0) });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || nodes[b.i].size - nodes[a.i].size || nodes[a.i].name.length - nodes[b.i].name.length || a.i - b.i;
    });
    return hits.slice(0, limit || 20);
  }

  function focusNode(i) {
    draw([i]);
    var n = nodeEl(i);
    if (n.hasClass('hidden')) return;
    cy.$('node.found').removeClass('found');
    n.addClass('found');
    cy.zoom({ level: Math.max(cy.zoom(), big ? 1.2 : 1), renderedPosition: n.renderedPosition() });
    cy.center(n);
  }

  var results = $('search-results'), search = $('search');
  function showResults(hits) {
    clear(results);
    hits.forEach(function (h) {
      var n = nodes[h.i];
      var li = el('li', { tabindex: '0' }, bdi(n.name));
      var t = el('span', { cls: 'type', text: n.type });
      t.style.background = typeColour(n.type);
      li.appendChild(t);
      var pick = function () { focusNode(h.i); showEntity(h.i); clear(results); };
      li.addEventListener('click', pick);
      li.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') pick(); });
      results.appendChild(li);
    });
  }
  var searchTimer = 0;
  search.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { showResults(find(search.value, 20)); }, 120);
  });
  $('search-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearTimeout(searchTimer);
    var hits = find(search.value, 20);
    showResults(hits);
    cy.$('node.found').removeClass('found');
    if (hits.length) focusNode(hits[0].i);
  });
  search.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') clear(results); });

  // --- filters --------------------------------------------------------------

  var filter = { doc: '', from: '', to: '', rel: '' }, hiddenTypes = new Set();
  // The corpus has thousands of relations: their options are made after
  // the graph is drawn, not before.
  function fillFilters() {
    var fd = $('f-doc');
    docs.map(function (d, i) { return i; }).sort(function (a, b) {
      return (docs[a].date || '').localeCompare(docs[b].date || '') || docLabel(a).localeCompare(docLabel(b));
    }).forEach(function (i) {
      fd.appendChild(el('option', { value: String(i), text: (docs[i].date ? docs[i].date + ' ' : '') + short(docLabel(i), 70) }));
    });
    var count = rels.map(function () { return 0; });
    facts.forEach(function (f) { count[f.r]++; });
    var fr = $('f-rel');
    rels.map(function (r, i) { return i; }).sort(function (a, b) { return count[b] - count[a] || rels[a].localeCompare(rels[b]); })
      .forEach(function (i) { fr.appendChild(el('option', { value: String(i), text: rels[i] + ' (' + count[i] + ')' })); });
    var dates = docs.map(function (d) { return d.date; }).filter(Boolean).sort();
    if (dates.length) {
      ['f-from', 'f-to'].forEach(function (id) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; });
    }
  }

  function factVisible(k) {
    var f = facts[k];
    if (filter.doc !== '' && f.d !== +filter.doc) return false;
    if (filter.rel !== '' && f.r !== +filter.rel) return false;
    if (filter.from || filter.to) {
      var date = (docs[f.d] || {}).date || '';
      if (!date || (filter.from && date < filter.from) || (filter.to && date > filter.to)) return false;
    }
    return true;
  }

  var edgeShown = edges.map(function () { return true; });
  var nodeShown = nodes.map(function () { return true; });
  function applyFilters() {
    var any = filter.doc !== '' || filter.rel !== '' || filter.from !== '' || filter.to !== '';
    var touched = nodes.map(function () { return !any; });
    edges.forEach(function (e, j) {
      var ok = !hiddenTypes.has(nodes[e.s].type) && !hiddenTypes.has(nodes[e.o].type) &&
        (!any || e.facts.some(factVisible));
      edgeShown[j] = ok;
      if (ok) { touched[e.s] = true; touched[e.o] = true; }
    });
    nodes.forEach(function (n, i) { nodeShown[i] = touched[i] && !hiddenTypes.has(n.type); });
    if (big && any) {
      // Draw what the filter selects, biggest first, up to the usual budget.
      draw(bySize.filter(function (i) { return nodeShown[i]; }).slice(0, initialNodes));
    }
    cy.batch(function () {
      cy.nodes().forEach(function (e) { e.toggleClass('hidden', !nodeShown[e.data('i')]); });
      cy.edges().forEach(function (e) { e.toggleClass('hidden', !edgeShown[e.data('j')]); });
    });
    updateStats();
  }

  function updateStats() {
    var nn = 0, ne = 0, dn = 0;
    nodeShown.forEach(function (ok, i) { if (ok) { nn++; if (inCy[i]) dn++; } });
    edgeShown.forEach(function (ok) { if (ok) ne++; });
    var text = nn + ' entities · ' + ne + ' relations · ' + facts.length + ' facts · ' + docs.length + ' documents';
    if (dn < nn) text = 'drawing the ' + dn + ' biggest of ' + text;
    $('stats').textContent = text;
    $('more').hidden = dn >= nn;
  }
  $('more').addEventListener('click', function () {
    var next = bySize.filter(function (i) { return nodeShown[i] && !inCy[i]; }).slice(0, initialNodes);
    draw(next);
  });
  ['f-doc', 'f-from', 'f-to', 'f-rel'].forEach(function (id) {
    $(id).addEventListener('change', function () {
      filter = { doc: $('f-doc').value, from: $('f-from').value, to: $('f-to').value, rel: $('f-rel').value };
      clearPath();
      applyFilters();
    });
  });
  $('f-clear').addEventListener('click', function () {
    ['f-doc', 'f-from', 'f-to', 'f-rel'].forEach(function (id) { $(id).value = ''; });
    filter = { doc: '', from: '', to: '', rel: '' };
    clearPath();
    applyFilters();
  });

  // --- legend and colours --------------------------------------------------

  function legend() {
    var ul = clear($('legend')), groups = new Map();
    nodes.forEach(function (n, i) {
      var key = colourBy === 'type' ? n.type : colourBy === 'comm' ? n.comm : nodeDoc[i];
      groups.set(key, (groups.get(key) || 0) + 1);
    });
    var list = Array.from(groups.entries()).sort(function (a, b) { return b[1] - a[1] || String(a[0]).localeCompare(String(b[0])); });
    list.slice(0, 20).forEach(function (g) {
      var key = g[0], colour, label;
      if (colourBy === 'type') { colour = typeColour(key); label = key; }
      else if (colourBy === 'comm') { colour = commColour(key); label = key > 0 ? 'community ' + key : 'no community'; }
      else { colour = key < 0 ? '#9e9e9e' : palette[key % palette.length]; label = key < 0 ? 'no facts' : short(docLabel(key), 40); }
      var li = el('li', { 'data-key': String(key) }, swatch(colour), bdi(label), ' (' + g[1] + ')');
      if (colourBy === 'type') {
        li.title = 'click to hide or show';
        li.classList.toggle('off', hiddenTypes.has(key));
        li.addEventListener('click', function () {
          if (hiddenTypes.has(key)) hiddenTypes.delete(key); else hiddenTypes.add(key);
          li.classList.toggle('off', hiddenTypes.has(key));
          applyFilters();
        });
      }
      ul.appendChild(li);
    });
    if (list.length > 20) ul.appendChild(el('li', { cls: 'meta', text: (list.length - 20) + ' more' }));
  }
  $('colour-by').addEventListener('change', function () {
    colourBy = this.value;
    cy.batch(function () { cy.nodes().forEach(function (e) { e.data('colour', nodeColour(e.data('i'))); }); });
    legend();
  });

  // --- shortest path --------------------------------------------------------

  // shortestPath runs a breadth-first search over the shown relations,
  // ignoring their direction; literal values are not passed through.
  function shortestPath(a, b) {
    var prev = new Int32Array(nodes.length).fill(-1), seen = new Uint8Array(nodes.length);
    var queue = [a];
    seen[a] = 1;
    for (var q = 0; q < queue.length; q++) {
      var u = queue[q];
      if (u === b) break;
      if (u !== a && nodes[u].lit) continue;
      var es = nodeEdges[u];
      for (var x = 0; x < es.length; x++) {
        var j = es[x];
        if (!edgeShown[j]) continue;
        var v = edges[j].s === u ? edges[j].o : edges[j].s;
        if (seen[v]) continue;
        seen[v] = 1;
        prev[v] = j;
        queue.push(v);
      }
    }
    if (!seen[b]) return null;
    var steps = [];
    for (var n = b; n !== a;) {
      var e = edges[prev[n]];
      var from = e.s === n ? e.o : e.s;
      steps.unshift({ edge: prev[n], from: from, to: n });
      n = from;
    }
    return steps;
  }

  function clearPath() {
    cy.elements().removeClass('path faded');
    clear($('path-result'));
  }

  function showPath(a, b, steps) {
    clearPath();
    var out = $('path-result');
    if (!steps) {
      out.appendChild(el('p', { cls: 'msg' }, 'No path between ', bdi(nodes[a].name), ' and ', bdi(nodes[b].name),
        ' in the relations shown.'));
      return;
    }
    draw([a].concat(steps.map(function (s) { return s.to; })), steps.map(function (s) { return s.edge; }));
    var eles = nodeEl(a);
    steps.forEach(function (s) { eles = eles.union(edgeEl(s.edge)).union(nodeEl(s.to)); });
    cy.batch(function () {
      cy.elements().addClass('faded');
      eles.removeClass('faded').addClass('path');
    });
    cy.fit(eles, 60);
    if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(eles); }
    out.appendChild(el('p', { cls: 'meta', id: 'path-summary' }, bdi(nodes[a].name), ' → ', bdi(nodes[b].name), ': ' +
      steps.length + (steps.length === 1 ? ' step' : ' steps')));
    var ol = el('ol', { id: 'path-steps' });
    steps.forEach(function (s) {
      var e = edges[s.edge];
      var li = el('li', { 'data-from': nodes[s.from].name, 'data-to': nodes[s.to].name, 'data-rel': rels[e.r] },
        entLink(e.s), ' ', el('span', { cls: 'rel' }, bdi(relName(e))), ' → ', entLink(e.o));
      li.appendChild(evidence(e.facts[0]));
      ol.appendChild(li);
    });
    out.appendChild(ol);
  }

  $('path-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var ends = ['path-from', 'path-to'].map(function (id) {
      var q = $(id).value, hit = find(q, 1)[0];
      return { q: q, i: hit ? hit.i : -1 };
    });
    clearPath();
    var bad = ends.filter(function (e) { return e.i < 0; })[0];
    if (bad) {
      $('path-result').appendChild(el('p', { cls: 'msg' }, 'No entity matches “', bdi(bad.q), '”.'));
      return;
    }
    showPath(ends[0].i, ends[1].i, shortestPath(ends[0].i, ends[1].i));
  });
  $('path-clear').addEventListener('click', clearPath);

  // The path inputs suggest names; filled on first use so that a large
  // graph's page opens without building thousands of options.
  var namesFilled = false;
  function fillNames() {
    if (namesFilled) return;
    namesFilled = true;
    var dl = $('names'), order = nodes.map(function (n, i) { return i; }).filter(function (i) { return !nodes[i].lit; });
    order.sort(function (a, b) { return nodes[b].size - nodes[a].size || a - b; });
    order.slice(0, 3000).forEach(function (i) { dl.appendChild(el('option', { value: nodes[i].name })); });
  }
  ['path-from', 'path-to'].forEach(function (id) { $(id).addEventListener('focus', fillNames); });

  // --- start ---------------------------------------------------------------

  document.title = data.title || document.title;
  $('title').appendChild(bdi(data.title || 'kg'));
  legend();
  applyFilters();
  marks.filters = performance.now();

  // A path answer (kg path --format html) opens with its first path drawn
  // and a button for each other path.
  function answerSteps(p) {
    var at = p.from;
    return p.facts.map(function (k) {
      var f = facts[k], next = f.s === at ? f.o : f.s;
      var j = edges.findIndex(function (e) { return e.facts.indexOf(k) >= 0; });
      var step = { edge: j, from: at, to: next };
      at = next;
      return step;
    });
  }
  function showAnswer(n) {
    var p = data.paths[n];
    $('path-from').value = nodes[p.from].name;
    $('path-to').value = nodes[p.to].name;
    showPath(p.from, p.to, answerSteps(p));
    if (data.paths.length > 1) {
      var bar = el('p', { id: 'path-choice' }, 'Path ');
      data.paths.forEach(function (q, m) {
        var b = el('button', { type: 'button', text: String(m + 1) });
        if (m === n) b.disabled = true;
        b.addEventListener('click', function () { showAnswer(m); });
        bar.appendChild(b);
      });
      bar.appendChild(document.createTextNode(' of ' + data.paths.length));
      $('path-result').insertBefore(bar, $('path-result').firstChild);
    }
  }
  if (data.paths && data.paths.length) showAnswer(0);
  marks.answer = performance.now();

  // In a large graph's overview the biggest entities are named at a size
  // readable at the opening zoom; the others' labels appear on zooming in.
  if (big) {
    var hubs = cy.nodes('.hub');
    // Hub labels keep about 13 px on screen when zoomed out, and the size
    // of the other labels when zoomed in.
    var hubFont = function () {
      var fs = Math.max(11, 13 / cy.zoom());
      cy.batch(function () { hubs.style({ 'font-size': fs, 'text-outline-width': fs / 7 }); });
    };
    hubFont();
    // Edge labels of a large graph are unreadable at the opening zoom, and
    // measuring thousands of them would delay the first frame: they are
    // switched on once the user zooms in far enough to read them.
    var edgeLabels = false;
    var edgeLabelZoom = function () {
      var want = cy.zoom() >= 0.9;
      if (want === edgeLabels) return;
      edgeLabels = want;
      cy.style().selector('edge').style({ 'label': want ? 'data(label)' : '' }).update();
    };
    var hubTimer = 0;
    cy.on('zoom', function () { clearTimeout(hubTimer); hubTimer = setTimeout(function () { hubFont(); edgeLabelZoom(); }, 80); });
  }

  marks.hubs = performance.now();
  // Tests and the curious can reach the graph from the console.
  window.kgView = { marks: marks, cy: cy, data: data, edges: edges, find: find, shortestPath: shortestPath };
  requestAnimationFrame(function () {
    marks.frame1 = performance.now();
    requestAnimationFrame(function () {
      window.kgView.readyMs = performance.now();
      setTimeout(function () {
        fillFilters();
        document.body.setAttribute('data-ready', 'true');
      }, 0);
    });
  });
})();
