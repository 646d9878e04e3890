/**
 * `npm start`: build the extension, serve the demo pages on 127.0.0.1, and open
 * Chromium/Chrome with Loan Guard loaded on the demo index.
 *
 * Without a browser binary it says so and explains how to load .output/chrome-mv3 by
 * hand; without a display (a headless server) it runs the demo headless, saves a
 * screenshot of the overdue demo page with the overlay, and says where it is.
 *
 * Options: --no-build (use the existing build), --port N, --headless.
 * Env: CHROME_PATH to pick the browser binary.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO = path.join(ROOT, 'demo');
const EXT = path.join(ROOT, '.output/chrome-mv3');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const portArg = args.indexOf('--port');
const PORT = portArg >= 0 ? Number(args[portArg + 1]) : 8790;

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
].filter((p): p is string => !!p);

function say(msg: string) {
  console.log(`[loan-guard] ${msg}`);
}

function loadByHand() {
  return [
    'To load it by hand:',
    '  1. open chrome://extensions in Chrome, Chromium or Edge',
    '  2. switch on "Developer mode" (top right)',
    `  3. click "Load unpacked" and choose ${EXT}`,
    'Firefox: npm run build:firefox, then about:debugging → "This Firefox" → "Load Temporary Add-on"',
    '  → choose .output/firefox-mv2/manifest.json',
  ].join('\n');
}

function build() {
  say('building the extension (wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    say('the build failed; see the messages above.');
    process.exit(r.status ?? 1);
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

function serve(port: number): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rel = u.pathname === '/' ? 'index.html' : decodeURIComponent(u.pathname.slice(1));
    const file = path.resolve(DEMO, rel);
    if (!file.startsWith(DEMO) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(u.pathname === '/favicon.ico' ? 204 : 404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE' && port !== 0) {
        say(`port ${port} is busy; using a free one instead`);
        serve(0).then(resolve, reject);
      } else reject(e);
    });
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as { port: number }).port;
      resolve({ server, origin: `http://127.0.0.1:${p}` });
    });
  });
}

async function main() {
  if (!flag('--no-build')) build();
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
    say(`no built extension at ${EXT}; run without --no-build.`);
    process.exit(1);
  }
  const { server, origin } = await serve(PORT);
  say(`demo pages: ${origin}/`);

  const browserPath = CANDIDATES.find((p) => fs.existsSync(p));
  if (!browserPath) {
    say('no Chromium or Chrome binary was found, so no browser was started.');
    say('Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH=/path/to/chrome.');
    say(loadByHand());
    say(`The demo pages stay up at ${origin}/ until you press Ctrl+C.`);
    return;
  }
  if (/google.chrome/i.test(browserPath)) {
    say('note: recent Google Chrome builds ignore --load-extension; if Loan Guard is missing,');
    say(loadByHand());
  }

  const noDisplay =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = flag('--headless') || noDisplay;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loan-guard-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    // headless has no UI language of its own; the demo pages are Chinese
    ...(headless ? { locale: 'zh-CN' } : {}),
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };

  // A fresh profile is a fresh install: Loan Guard opens its welcome tab. Let it, then put
  // the demo in front (the detector waits while its tab is hidden).
  await context
    .waitForEvent('page', { predicate: (p) => p.url().includes('welcome.html'), timeout: 3000 })
    .catch(() => undefined);
  const openDemo = async (p: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}${p}`);
    await page.bringToFront();
    return page;
  };

  if (headless) {
    say(noDisplay ? 'no display found (DISPLAY is not set): running the demo headless.' : 'running headless.');
    const page = await openDemo('/overdue.html');
    // Give the detector and the overlay a moment; then keep a picture of what a user would see.
    // The overlay's host has a random x-… tag per load (closed shadow root): wait for it by shape.
    await page.waitForFunction(() => [...document.body.children].some((e) => /^x-[0-9a-z]{12}$/i.test(e.tagName)), undefined, { timeout: 10_000 }).catch(() => {
      say('the overlay did not appear within 10 s on the overdue demo page.');
    });
    await page.waitForTimeout(500);
    const shot = path.join(ROOT, '.output/demo-overdue.png');
    await page.screenshot({ path: shot });
    say(`screenshot of the overdue demo page with Loan Guard: ${shot}`);
    say('To see it live, run npm start on a machine with a display.');
    await cleanup();
    return;
  }

  await openDemo('/');
  say(`opened ${browserPath} with Loan Guard loaded on the demo index.`);
  say('Close the browser window (or press Ctrl+C) to stop.');
  context.on('close', () => {
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  });
  process.on('SIGINT', () => void cleanup().then(() => process.exit(0)));
}

main().catch((e) => {
  say(`could not start: ${e instanceof Error ? e.message : String(e)}`);
  say(loadByHand());
  process.exit(1);
});
