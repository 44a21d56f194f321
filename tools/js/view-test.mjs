// view-test.mjs drives a page written by `kg view` in headless Chromium the
// way a user would: search, click a node, read the side panel, run the path
// form, take a screenshot. It prints what it saw as one JSON object; the Go
// test that runs it (exporters/html, cmd/kg) decides what is right.
//
// usage: node view-test.mjs --page PAGE.html --out DIR [--search Lee]
//        [--from Kishida --to Lee] [--filter-rel meet] [--date-from YYYY-MM-DD] [--date-to YYYY-MM-DD]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
if (!args.page || !args.out) {
  console.error('usage: node view-test.mjs --page PAGE.html --out DIR [--search Q] [--from A --to B]');
  process.exit(2);
}

const report = { errors: [], requests: [] };

// rendererCPU returns the CPU seconds used so far by the Chromium renderer
// processes this script started (Linux /proc; 0 elsewhere). Unlike wall
// time it hardly depends on what else the machine is doing.
function rendererCPU() {
  const procs = new Map();
  let dirs = [];
  try { dirs = readdirSync('/proc'); } catch { return 0; }
  for (const d of dirs) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      procs.set(+d, { ppid: +f[1], cpu: (+f[11] + +f[12]) / 100, cmd: readFileSync(`/proc/${d}/cmdline`, 'utf8') });
    } catch { /* gone */ }
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) { mine.add(pid); grew = true; }
  }
  let cpu = 0;
  for (const pid of mine) { const p = procs.get(pid); if (p && p.cmd.includes('--type=renderer')) cpu += p.cpu; }
  return cpu;
}

// frame waits until the page has drawn a frame: what is read next is what
// the user sees.
function frame(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

// readPath reports the path form's answer and what is highlighted.
function readPath(page) {
  return page.evaluate(() => {
    const v = window.kgView, name = (n) => v.data.nodes[n.data('i')].name;
    return {
      message: document.querySelector('#path-result p:not(#path-choice)').textContent,
      choices: document.querySelectorAll('#path-choice button').length,
      steps: Array.from(document.querySelectorAll('#path-steps > li')).map((li) => ({
        from: li.dataset.from, to: li.dataset.to, rel: li.dataset.rel,
        evidence: (li.querySelector('.evidence') || {}).textContent,
      })),
      nodes: v.cy.$('node.path').map(name).sort(),
      edges: v.cy.$('edge.path').map((e) => [name(e.source()), e.data('label'), name(e.target())]),
      faded: v.cy.$('.faded').length,
    };
  });
}
const profile = mkdtempSync(join(tmpdir(), 'kg-view-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KG_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const url = pathToFileURL(resolve(args.page)).href;
  page.on('pageerror', (e) => report.errors.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') report.errors.push('console: ' + m.text()); });
  page.on('request', (r) => { if (r.url() !== url && !/^(data|blob):/.test(r.url())) report.requests.push(r.url()); });

  // Main-thread time spent by the page: unlike wall time, it hardly
  // depends on what else the machine is doing.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('about:blank');
  const cpu0 = rendererCPU();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });
  report.wallMs = Date.now() - t0;
  report.rendererCpuMs = Math.round(1000 * (rendererCPU() - cpu0));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (n) => Math.round(1000 * (metrics.find((m) => m.name === n) || { value: 0 }).value);
  report.cpu = { taskMs: metric('TaskDuration'), scriptMs: metric('ScriptDuration'), layoutMs: metric('LayoutDuration') };
  Object.assign(report, await page.evaluate(() => ({
    readyMs: Math.round(window.kgView.readyMs),
    marks: Object.fromEntries(Object.entries(window.kgView.marks).map(([k, v]) => [k, Math.round(v)])),
    nodes: window.kgView.cy.nodes().length,
    edges: window.kgView.cy.edges().length,
    layout: window.kgView.data.layout,
    title: document.title,
  })));

  // A path answer (kg path --format html) opens with its path drawn.
  if (await page.$('#path-steps')) report.pathOnLoad = await readPath(page);

  if (args.search) {
    await page.fill('#search', args.search);
    await page.press('#search', 'Enter');
    await page.waitForSelector('#search-results li');
    report.search = await page.evaluate(() => ({
      results: Array.from(document.querySelectorAll('#search-results li bdi')).map((b) => b.textContent),
      found: window.kgView.cy.$('node.found').map((n) => window.kgView.data.nodes[n.data('i')].name),
    }));
    await page.press('#search', 'Escape');
    // Click the highlighted node where it is drawn on the canvas.
    const at = await page.evaluate(() => {
      const n = window.kgView.cy.$('node.found')[0];
      if (!n) return null;
      const box = document.getElementById('cy').getBoundingClientRect();
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    if (at) {
      await page.mouse.click(at.x, at.y);
      await page.waitForSelector('#panel:not([hidden]) #panel-name', { timeout: 5000 }).catch(() => {});
      report.panel = await page.evaluate(() => {
        const p = document.getElementById('panel');
        if (p.hidden) return null;
        return {
          name: document.querySelector('#panel-name').textContent,
          type: document.querySelector('#panel-type').textContent,
          aliases: Array.from(document.querySelectorAll('#panel-aliases li')).map((l) => l.textContent),
          facts: Array.from(document.querySelectorAll('#panel-facts > li')).map((li) => ({
            rel: li.dataset.rel, subject: li.dataset.subject, object: li.dataset.object,
            negated: li.dataset.negated === 'true',
            evidence: Array.from(li.querySelectorAll('.evidence')).map((e) => e.textContent),
            sources: Array.from(li.querySelectorAll('.source')).map((e) => e.textContent),
          })),
        };
      });
    }
  }

  if (args.from && args.to) {
    await page.fill('#path-from', args.from);
    await page.fill('#path-to', args.to);
    await page.click('#path-go');
    await page.waitForSelector('#path-result p', { timeout: 5000 });
    await frame(page);
    report.path = await readPath(page);
  }

  if (args['filter-rel']) {
    const value = await page.evaluate((r) => String(window.kgView.data.rels.indexOf(r)), args['filter-rel']);
    await page.selectOption('#f-rel', value);
    await frame(page);
    report.filter = await page.evaluate(() => ({
      nodes: window.kgView.cy.nodes(':visible').length,
      edges: window.kgView.cy.edges(':visible').map((e) => e.data('label')),
      stats: document.getElementById('stats').textContent,
    }));
  }

  if (args['date-from'] || args['date-to']) {
    await page.click('#f-clear');
    // Date inputs are filled the way a user's typing ends: value, change.
    await page.evaluate(([from, to]) => {
      for (const [id, v] of [['f-from', from], ['f-to', to]]) {
        const e = document.getElementById(id);
        e.value = v || '';
        e.dispatchEvent(new Event('change'));
      }
    }, [args['date-from'], args['date-to']]);
    await frame(page);
    report.dates = await page.evaluate(() => ({
      nodes: window.kgView.cy.nodes(':visible').map((n) => window.kgView.data.nodes[n.data('i')].name).sort(),
      stats: document.getElementById('stats').textContent,
    }));
  }

  report.screenshot = join(args.out, 'view.png');
  await page.screenshot({ path: report.screenshot });
} catch (e) {
  report.errors.push('driver: ' + (e && e.message ? e.message : String(e)));
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(report) + '\n');
