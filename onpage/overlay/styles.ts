/**
 * Overlay styles, applied to our shadow root as a constructed stylesheet (adoptedStyleSheets):
 * not blocked by a page's CSP (style-src 'none'), and page CSS cannot reach into the shadow
 * root. px only (never rem: the page's root font size must not scale us). `:host` resets
 * inheritance with `all: initial` and places the host; declarations from the shadow context
 * marked !important win over the page's, even the page's !important ones (CSS Scoping).
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: auto !important;
}
* { box-sizing: border-box; }
.lg {
  --bg: #fffdf7; --fg: #1f2328; --muted: #57606a; --line: #e5dcc3; --accent: #b54708;
  --btn: #f3efe3; --btn-fg: #1f2328; --btn-line: #d8ceb2; --focus: #0969da; --card: #ffffff; --accent-strong: var(--accent);
  font: 400 14px/1.6 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  color: var(--fg); text-align: left; letter-spacing: normal; direction: ltr;
}
.lg[data-kind="scam"] { --accent: #b42318; }
.lg[data-kind="lender"] { --accent: #175cd3; }
@media (prefers-color-scheme: dark) {
  .lg { --bg: #1f2124; --fg: #e6e6e6; --muted: #a8b0b8; --line: #3a3d42; --btn: #2c2f33; --btn-fg: #e6e6e6;
        --btn-line: #4a4e54; --focus: #58a6ff; --card: #25282c; --accent: #f79009; --accent-strong: #b54708; }
  .lg[data-kind="scam"] { --accent: #f97066; --accent-strong: #b42318; }
  .lg[data-kind="lender"] { --accent: #53b1fd; --accent-strong: #175cd3; }
}
.note {
  position: fixed; z-index: 2147483647;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-left: 4px solid var(--accent);
  border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  animation: lg-in .18s ease-out;
}
.note:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.note.open { width: 380px; max-width: calc(100vw - 24px); max-height: calc(100vh - 24px); overflow: auto; padding: 12px 14px; }
.note.compact { display: flex; align-items: center; gap: 8px; width: max-content; max-width: min(520px, calc(100vw - 24px)); padding: 6px 6px 6px 12px; }
.note.compact .line { margin: 0; flex: 1 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 14px; font-weight: 600; }
.note.compact .line .brand { display: inline; margin: 0 4px 0 0; }
@keyframes lg-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
.head { display: flex; align-items: flex-start; gap: 6px; }
.brand { font-size: 13px; color: var(--muted); margin: 0 0 2px 0; font-weight: 600; }
h2 { font-size: 16px; line-height: 1.4; margin: 0; font-weight: 650; color: var(--fg); }
p { margin: 6px 0 0 0; }
.lead { color: var(--fg); }
.small { font-size: 13px; color: var(--muted); }
.grow { flex: 1 1 auto; min-width: 0; }
.icon { flex: none; width: 32px; height: 32px; border-radius: 6px; border: 1px solid transparent; background: transparent;
        color: var(--muted); font: inherit; font-size: 18px; line-height: 1; cursor: pointer; padding: 0; }
.icon:hover { background: var(--btn); color: var(--fg); }
h3 { font-size: 14px; margin: 10px 0 4px 0; font-weight: 650; color: var(--fg); }
ul { margin: 4px 0 0 0; padding: 0 0 0 18px; }
li { margin: 2px 0; }
.tips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.tips li { margin: 0; }
.chip { font: inherit; font-size: 14px; padding: 3px 10px; border-radius: 999px; cursor: pointer;
        background: rgba(250, 204, 21, .22); color: var(--fg); border: 1px solid rgba(180, 83, 9, .45); }
.chip:hover { background: rgba(250, 204, 21, .4); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.mute { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--line); }
.btn { font: inherit; font-size: 14px; padding: 5px 10px; border-radius: 6px; cursor: pointer; white-space: nowrap;
       background: var(--btn); color: var(--btn-fg); border: 1px solid var(--btn-line); }
.btn.primary { background: var(--accent-strong); border-color: var(--accent-strong); color: #fff; }
.btn:hover { filter: brightness(0.97); }
button:focus-visible, a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.aside { margin-top: 8px; padding: 6px 8px; border-radius: 6px; background: var(--btn); font-size: 13px; color: var(--fg); }
.card {
  position: fixed; z-index: 2147483647; width: 340px; max-width: calc(100vw - 16px); max-height: min(60vh, 520px); overflow: auto;
  background: var(--card); color: var(--fg); border: 1px solid var(--line); border-top: 3px solid #eab308;
  border-radius: 8px; box-shadow: 0 8px 28px rgba(0,0,0,.22); padding: 10px 12px; font-size: 14px;
}
.card h4 { margin: 0; font-size: 15px; font-weight: 650; }
.card .quote { color: var(--muted); font-size: 13px; margin-top: 4px; word-break: break-all; }
.card .src { font-size: 13px; color: var(--muted); }
.card a { color: var(--focus); }
.toast { position: fixed; z-index: 2147483647; width: 360px; max-width: calc(100vw - 24px);
         background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px;
         box-shadow: 0 6px 24px rgba(0,0,0,.18); font-size: 14px; }
@media (max-width: 480px) {
  .note.open { width: calc(100vw - 24px); max-height: 50vh; }
  .note.compact { width: calc(100vw - 24px); }
  .card { width: calc(100vw - 16px); max-height: 45vh; }
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: reduce) { .note { animation: none; } * { transition: none !important; scroll-behavior: auto !important; } }
`;
