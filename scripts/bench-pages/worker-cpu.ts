/**
 * The extension service worker's own CPU time, read from Linux: the worker runs on a thread named
 * "ServiceWorker thread" in the extension's renderer process (a Chromium child started with
 * --extension-process), and /proc/<pid>/task/<tid>/schedstat counts each thread's time on a CPU
 * in nanoseconds. Cheap to read, exact, and the same for any worker code, whatever its scripts
 * are called. Linux only (this benchmark runs Debian Chromium).
 */
import fs from 'node:fs';

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null; // the process or thread ended
  }
}

/** Every descendant of `root` (Chromium's helpers are started through a zygote). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length) for (const c of children.get(todo.pop()!) ?? []) out.push(c), todo.push(c);
  return out;
}

/** CPU ms so far of every service-worker thread in the extension processes under `browserPid`. */
export function workerCpuMs(browserPid: number): number {
  let ns = 0;
  for (const pid of descendants(browserPid)) {
    if (!read(`/proc/${pid}/cmdline`)?.includes('--extension-process')) continue;
    let tids: string[] = [];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      if (!read(`/proc/${pid}/task/${tid}/comm`)?.startsWith('ServiceWorker')) continue;
      ns += Number(read(`/proc/${pid}/task/${tid}/schedstat`)?.split(' ')[0] ?? 0);
    }
  }
  return ns / 1e6;
}
