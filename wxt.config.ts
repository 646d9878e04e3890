import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox minimum versions: desktop 140 (ESR 140; CSS Custom Highlight API for the marks and
// data_collection_permissions), Android 142 (data_collection_permissions there).
// Why these choices: see README "Permissions" and DESIGN notes.
// - no auto-imports: every dependency is an explicit import a reader can follow;
// - webextension-polyfill through WXT's module so `browser` is the promise API everywhere.
export default defineConfig({
  // Parallel builds (tests, benchmarks) can each use their own folder.
  outDir: process.env.LG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // The always-injected watcher (entrypoints/watcher.ts) imports no `browser` at all: it reads
    // the browser's own runtime.sendMessage when it sends (onpage/start.ts). The overlay's first
    // script (entrypoints/overlay.ts: runtime messages and storage.onChanged only, both native
    // promise APIs in Chrome MV3 and Firefox) gets WXT's plain `browser` (globalThis.browser ??
    // chrome) instead of the polyfill: it runs on the flagged page's first paint, and the
    // polyfill's wrapper walks every chrome.* getter. Every other entrypoint, the overlay's lazy
    // script included, keeps the polyfill.
    // The watcher is an unlisted script registered here rather than a WXT content script, so
    // WXT's content-script context (page-visible DOM events) is never part of it. Frames
    // without their own origin (about:blank, srcdoc, data:) are read too.
    'build:manifestGenerated': (wxt, manifest) => {
      const chrome = wxt.config.browser !== 'firefox';
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['<all_urls>'],
          js: ['watcher.js'],
          all_frames: true,
          run_at: 'document_idle',
          match_about_blank: true,
          ...(chrome ? { match_origin_as_fallback: true } : {}),
        },
      ];
      // Firefox MV2: an event page, not a persistent background page (Firefox 106+; what
      // Firefox for Android prefers). The background is built for restarts anyway (per-tab state
      // in storage.session, engine rebuilt on demand), as Chrome's service worker requires.
      if (!chrome && manifest.background) (manifest.background as { persistent?: boolean }).persistent = false;
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'overlay')) return;
      const own = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [own, ...rest] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    action: { default_title: '__MSG_extActionTitle__' },
    // The keyboard way to the note (background/commands.ts); users can change it in the browser.
    commands: {
      'focus-note': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdFocusNote__' },
    },
    // storage: settings + per-tab verdicts; scripting: inject the overlay UI only on flagged pages.
    // <all_urls> host access: the detector must read any page a borrower lands on, and
    // scripting.executeScript needs host access to inject the overlay there. Content-script
    // matches alone do not grant it (measured: "Cannot access contents of the page").
    // contextMenus: one item, "用借贷护盾检查" on selected text, opens the toolkit's message check.
    permissions: ['storage', 'scripting', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id: storage (settings, evidence log) survives updates and AMO signs one
            // add-on. The reserved .invalid domain cannot belong to anyone else.
            gecko: {
              id: 'loan-guard@loanguard.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The Firefox sources zip (AMO review): only what is needed to rebuild — no tests, docs,
    // demo pages or CI scripts (the README, with the build steps, stays in).
    excludeSources: [
      '.output/**', 'node_modules/**', 'test-results/**', 'tests/**', 'docs/**', 'demo/**', '.ci/**',
      '**/*.log', '.wxt/**', 'coverage/**',
    ],
  },
});
