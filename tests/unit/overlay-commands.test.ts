/**
 * The shortcut's listener (background/commands.ts): it asks the tab's top frame to focus the
 * note and opens the details (popup) only when no note answered. The browser APIs are stand-ins
 * that record calls; the decision under test is ours.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
let listener: ((command: string, tab?: { id?: number }) => void) | null = null;
let answer: () => Promise<unknown> = () => Promise.resolve(true);

vi.mock('wxt/browser', () => ({
  browser: {
    commands: { onCommand: { addListener: (l: typeof listener) => (listener = l) } },
    tabs: {
      query: async () => [{ id: 7 }],
      sendMessage: (id: number, msg: { type: string }, opts: { frameId: number }) => {
        calls.push(`send ${id} ${msg.type} frame ${opts.frameId}`);
        return answer();
      },
    },
  },
}));
let stored: unknown = undefined;
vi.mock('../../background/tab-store', () => ({ readTab: async () => stored }));
vi.mock('../../background/details', () => ({ openDetails: async (tab: { id?: number }) => void calls.push(`details ${tab.id}`) }));

const { listenForCommands } = await import('../../background/commands');
listenForCommands();

const run = async (command: string, tab?: { id?: number }) => {
  listener!(command, tab);
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
};

describe('focus-note command', () => {
  beforeEach(() => {
    calls.length = 0;
    stored = undefined;
  });
  test('a note answered: focus only, no popup', async () => {
    answer = () => Promise.resolve(true);
    await run('focus-note', { id: 3 });
    expect(calls).toEqual(['send 3 lg:focus-note frame 0']);
  });
  test('no overlay in the tab (no receiver): the details open instead', async () => {
    answer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await run('focus-note', { id: 3 });
    expect(calls).toEqual(['send 3 lg:focus-note frame 0', 'details 3']);
  });
  test('an overlay without a note (muted, closed) answers false: the details open', async () => {
    answer = () => Promise.resolve(false);
    await run('focus-note');
    expect(calls).toEqual(['send 7 lg:focus-note frame 0', 'details 7']);
  });
  test('the badge speaks for a loan page inside an iframe: that frame is asked', async () => {
    answer = () => Promise.resolve(true);
    const v = (kind: string, frameId: number) => ({ frameId, url: 'https://x.test/', at: 1, verdict: { kind, level: 'high', score: 80 } });
    stored = { frames: { '0': v('none', 0), '5': v('overdue', 5) } };
    await run('focus-note', { id: 3 });
    expect(calls).toEqual(['send 3 lg:focus-note frame 5']);
  });
  test('other commands are not ours', async () => {
    await run('something-else', { id: 3 });
    expect(calls).toEqual([]);
  });
});
