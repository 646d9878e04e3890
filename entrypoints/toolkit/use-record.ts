/**
 * State and storage wiring of the "record" section: opens the IndexedDB store, unlocks it,
 * saves entries with their screenshots, exports, imports, deletes. Every failure leaves the
 * stored log as it was and says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormState, Notice, RecordViewProps } from '../../components/toolkit/RecordView';
import { translator } from '../../core/i18n';
import toolkit from '../../core/i18n/catalogs/toolkit';
import { summaryText } from '../../core/evidence/summary';
import { backupShots, exportBackup, mergeEntries, parseBackup } from '../../core/evidence/transfer';
import { LIMITS, type EntryDraft, type EvidenceEntry, type Screenshot } from '../../core/evidence/types';
import { localMinute, makeEntry, newId, sortEntries } from '../../core/evidence/validate';
import type { Locale } from '../../core/types';
import { openEvidenceStore, type EvidenceStore } from '../../utils/evidence-store';
import { download } from '../../utils/download';
import { printText, today } from './files';

const blank = (): EntryDraft => ({ at: localMinute(new Date()), channel: 'call', who: '', said: '', rules: [] });

async function storeShots(s: EvidenceStore, list: readonly Screenshot[], bytes: ReadonlyMap<string, Uint8Array>): Promise<Screenshot[]> {
  const out: Screenshot[] = [];
  for (const sh of list) {
    const b = bytes.get(sh.id);
    if (!b) continue;
    const id = newId();
    await s.putShot(id, new Blob([b as BlobPart], { type: sh.type }));
    out.push({ ...sh, id });
  }
  return out;
}

export function useRecord(locale: Locale) {
  const tr = translator(toolkit, locale);
  const store = useRef<EvidenceStore | null>(null);
  const [status, setStatus] = useState<RecordViewProps['status']>('loading');
  const [entries, setEntries] = useState<EvidenceEntry[]>([]);
  const [hasLock, setHasLock] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [form, setForm] = useState<FormState>({ initial: blank(), key: 0 });
  const [summary, setSummary] = useState<string | null>(null);
  const [shotUrls, setShotUrls] = useState<Record<string, string>>({});

  async function reload() {
    const s = store.current!;
    setHasLock(await s.hasLock());
    if (await s.locked()) {
      setEntries([]);
      setStatus('locked');
      return;
    }
    const { entries: list } = await s.list();
    setEntries(sortEntries(list));
    setStatus('ready');
    const urls: Record<string, string> = {};
    for (const e of list) for (const sh of e.screenshots) {
      const blob = await s.getShot(sh.id);
      if (blob) urls[sh.id] = URL.createObjectURL(blob);
    }
    setShotUrls((old) => {
      Object.values(old).forEach((u) => URL.revokeObjectURL(u));
      return urls;
    });
  }

  useEffect(() => {
    openEvidenceStore().then(
      (s) => {
        store.current = s;
        return reload();
      },
      () => {
        setStatus('ready');
        setNotice({ text: tr('error.storage'), error: true });
      },
    );
  }, []);

  /** Run a storage action; on failure nothing else changes and the user is told. */
  async function act(fn: (s: EvidenceStore) => Promise<string | void>) {
    if (!store.current) return setNotice({ text: tr('error.storage'), error: true });
    setBusy(true);
    try {
      const text = await fn(store.current);
      if (text) setNotice({ text });
    } catch {
      setNotice({ text: tr('error.storage'), error: true });
    } finally {
      setBusy(false);
      await reload().catch(() => undefined);
    }
  }

  const props: Omit<RecordViewProps, 'locale'> = {
    status, entries, hasLock, wrongPassphrase: wrong, busy, notice, form, shotUrls, summary,
    onUnlock: (p) =>
      void act(async (s) => {
        const ok = await s.unlock(p);
        setWrong(!ok);
      }),
    onSetLock: (p) => void act(async (s) => (await s.setLock(p), tr('lock.on'))),
    onRemoveLock: () => void act(async (s) => (await s.removeLock(), tr('lock.removed'))),
    onLockNow: () => {
      store.current?.lockNow();
      setSummary(null);
      setNotice(null);
      void reload();
    },
    onSave: (draft, add, remove) =>
      void act(async (s) => {
        const now = Date.now();
        const old = entries.find((e) => e.id === form.editingId);
        const base = makeEntry(draft, old?.id ?? newId(), now);
        const shots: Screenshot[] = (old?.screenshots ?? []).filter((x) => !remove.includes(x.id));
        for (const f of add.slice(0, LIMITS.screenshotsPerEntry - shots.length)) {
          const id = newId();
          await s.putShot(id, f);
          shots.push({ id, type: f.type, size: f.size, name: f.name.slice(0, 200) });
        }
        await s.put({ ...base, created: old?.created ?? now, screenshots: shots });
        for (const id of remove) await s.removeShot(id);
        setForm({ initial: blank(), key: form.key + 1 });
        return tr('record.saved');
      }),
    onEdit: (id) => {
      const e = entries.find((x) => x.id === id);
      if (!e) return;
      setForm({ initial: { at: e.at, channel: e.channel, who: e.who, said: e.said, rules: e.rules }, editingId: id, key: form.key + 1 });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#tk-form-title')?.scrollIntoView());
    },
    onCancelEdit: () => setForm({ initial: blank(), key: form.key + 1 }),
    onDelete: (id) => void act(async (s) => (await s.remove(id), tr('record.deleted'))),
    onDeleteAll: () => void act(async (s) => (await s.clear(), setSummary(null), tr('record.deletedAll'))),
    onShowSummary: () => setSummary(summaryText(entries, 'zh-CN', today())),
    onPrintSummary: () => summary && printText(summary),
    onExport: () =>
      void act(async (s) => {
        const file = `loan-guard-record-${today()}.json`;
        const { ids, leftOut } = backupShots(entries);
        const bytes = new Map<string, Uint8Array>();
        for (const id of ids) {
          const blob = await s.getShot(id);
          if (blob) bytes.set(id, new Uint8Array(await blob.arrayBuffer()));
        }
        download(exportBackup(entries, new Date(), bytes), file, 'application/json');
        const done = tr('export.done', { file });
        return leftOut ? `${done} ${tr('export.shotsLeftOut', { n: leftOut, mb: LIMITS.backupShotBytes / 1024 / 1024 })}` : done;
      }),
    onImport: (file) =>
      void act(async (s) => {
        const fail = (text: string) => setNotice({ text: `${text} ${tr('import.refused')}`, error: true });
        if (file.size > LIMITS.backupBytes) return fail(tr('import.error.too-large'));
        let text: string;
        try {
          text = await file.text();
        } catch {
          return fail(tr('import.error.read-failed'));
        }
        const r = parseBackup(text, file.size);
        if (!r.ok) return fail(tr(`import.error.${r.error}`, { at: r.at ?? 0, max: LIMITS.entries }));
        const merged = mergeEntries(entries, r.entries);
        if (!merged) return fail(tr('import.error.too-many', { max: LIMITS.entries }));
        const changed = new Set(r.entries.map((e) => e.id));
        const here = new Set(entries.map((e) => e.id));
        const toWrite: EvidenceEntry[] = [];
        for (const e of merged.entries.filter((x) => changed.has(x.id))) {
          // A new entry brings its screenshots (stored under fresh ids); an updated one keeps this device's.
          if (here.has(e.id)) toWrite.push(e);
          else toWrite.push({ ...e, screenshots: await storeShots(s, e.screenshots, r.shots) });
        }
        await s.putMany(toWrite);
        return tr('import.ok', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged });
      }),
  };

  /** Open the form pre-filled (from the message check's "record this"). */
  function prefill(d: Partial<EntryDraft>) {
    setForm({ initial: { ...blank(), ...d }, suggested: (d.rules?.length ?? 0) > 0, key: form.key + 1 });
  }

  return { props, prefill };
}
