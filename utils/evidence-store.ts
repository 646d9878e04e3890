/**
 * The evidence log on the device: IndexedDB (through idb) in the extension's own origin, so no
 * web page can read it. Records are stored plain, or sealed with AES-GCM when a passphrase is
 * set (./evidence-crypto). Records that fail validation are skipped on read and never deleted.
 *
 *   const store = await openEvidenceStore();
 *   if (await store.locked()) await store.unlock(passphrase);
 *   const { entries, skipped } = await store.list();
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EvidenceEntry } from '../core/evidence/types';
import { parseEntry } from '../core/evidence/validate';
import { createLock, isLockInfo, isSealed, seal, sealJson, unlock, unseal, unsealJson, type LockInfo, type Sealed } from './evidence-crypto';

const DB_NAME = 'loan-guard-evidence';

interface EntryRecord {
  id: string;
  plain?: unknown;
  sealed?: Sealed;
}
interface ShotRecord {
  id: string;
  type: string;
  blob?: Blob;
  sealed?: Sealed;
}
interface Schema extends DBSchema {
  entries: { key: string; value: EntryRecord };
  shots: { key: string; value: ShotRecord };
  meta: { key: string; value: unknown };
}

export interface EvidenceStore {
  /** true when a passphrase is set and this page has not unlocked it */
  locked(): Promise<boolean>;
  hasLock(): Promise<boolean>;
  unlock(passphrase: string): Promise<boolean>;
  /** forget the key in this page (the data stays sealed) */
  lockNow(): void;
  list(): Promise<{ entries: EvidenceEntry[]; skipped: number }>;
  put(entry: EvidenceEntry): Promise<void>;
  /** several entries in one transaction: all are written or none */
  putMany(entries: readonly EvidenceEntry[]): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  putShot(id: string, blob: Blob): Promise<void>;
  removeShot(id: string): Promise<void>;
  getShot(id: string): Promise<Blob | null>;
  setLock(passphrase: string): Promise<void>;
  removeLock(): Promise<void>;
}

export async function openEvidenceStore(): Promise<EvidenceStore> {
  const db: IDBPDatabase<Schema> = await openDB<Schema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('entries', { keyPath: 'id' });
      d.createObjectStore('shots', { keyPath: 'id' });
      d.createObjectStore('meta');
    },
  });
  let key: CryptoKey | null = null;

  const lockInfo = async (): Promise<LockInfo | null> => {
    const l = await db.get('meta', 'lock');
    return isLockInfo(l) ? l : null;
  };

  async function readEntry(r: EntryRecord): Promise<EvidenceEntry | null> {
    try {
      if (r.sealed && isSealed(r.sealed)) return key ? parseEntry(await unsealJson(key, r.sealed)) : null;
      return parseEntry(r.plain);
    } catch {
      return null; // damaged or sealed with another key: skip, keep the record
    }
  }

  const toRecord = async (e: EvidenceEntry): Promise<EntryRecord> =>
    key ? { id: e.id, sealed: await sealJson(key, e) } : { id: e.id, plain: e };

  async function readShotBytes(r: ShotRecord): Promise<Uint8Array | null> {
    if (r.sealed && isSealed(r.sealed)) return key ? unseal(key, r.sealed) : null;
    return r.blob instanceof Blob ? new Uint8Array(await r.blob.arrayBuffer()) : null;
  }

  /** Re-write every record with the current key (or plain when none), in one transaction. */
  async function rewriteAll(oldKey: CryptoKey | null, newKey: CryptoKey | null, info: LockInfo | null) {
    const entries = await db.getAll('entries');
    const shots = await db.getAll('shots');
    key = oldKey;
    const plainEntries = await Promise.all(entries.map(readEntry));
    const plainShots = await Promise.all(shots.map(async (s) => ({ s, bytes: await readShotBytes(s).catch(() => null) })));
    key = newKey;
    const newEntries: EntryRecord[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = plainEntries[i];
      // An unreadable record is kept as it is rather than lost.
      newEntries.push(e ? await toRecord(e) : entries[i]!);
    }
    const newShots: ShotRecord[] = [];
    for (const { s, bytes } of plainShots) {
      if (!bytes) newShots.push(s);
      else if (newKey) newShots.push({ id: s.id, type: s.type, sealed: await seal(newKey, bytes) });
      else newShots.push({ id: s.id, type: s.type, blob: new Blob([new Uint8Array(bytes)], { type: s.type }) });
    }
    const tx = db.transaction(['entries', 'shots', 'meta'], 'readwrite');
    await Promise.all([
      ...newEntries.map((r) => tx.objectStore('entries').put(r)),
      ...newShots.map((r) => tx.objectStore('shots').put(r)),
      info ? tx.objectStore('meta').put(info, 'lock') : tx.objectStore('meta').delete('lock'),
      tx.done,
    ]);
  }

  const store: EvidenceStore = {
    async locked() {
      return !key && (await lockInfo()) !== null;
    },
    async hasLock() {
      return (await lockInfo()) !== null;
    },
    async unlock(passphrase) {
      const info = await lockInfo();
      if (!info) return true;
      key = await unlock(passphrase, info);
      return key !== null;
    },
    lockNow() {
      key = null;
    },
    async list() {
      const records = await db.getAll('entries');
      const read = await Promise.all(records.map(readEntry));
      const entries = read.filter((e) => e !== null);
      return { entries, skipped: records.length - entries.length };
    },
    async put(entry) {
      if (!key && (await lockInfo())) throw new Error('locked');
      await db.put('entries', await toRecord(entry));
    },
    async putMany(list) {
      if (!key && (await lockInfo())) throw new Error('locked');
      const records = await Promise.all(list.map(toRecord));
      const tx = db.transaction('entries', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    },
    async removeShot(id) {
      await db.delete('shots', id);
    },
    async remove(id) {
      const r = await db.get('entries', id);
      const e = r ? await readEntry(r) : null;
      const tx = db.transaction(['entries', 'shots'], 'readwrite');
      await Promise.all([
        tx.objectStore('entries').delete(id),
        ...(e?.screenshots ?? []).map((s) => tx.objectStore('shots').delete(s.id)),
        tx.done,
      ]);
    },
    async clear() {
      const tx = db.transaction(['entries', 'shots'], 'readwrite');
      await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('shots').clear(), tx.done]);
    },
    async putShot(id, blob) {
      if (key) await db.put('shots', { id, type: blob.type, sealed: await seal(key, new Uint8Array(await blob.arrayBuffer())) });
      else await db.put('shots', { id, type: blob.type, blob });
    },
    async getShot(id) {
      const r = await db.get('shots', id);
      if (!r) return null;
      const bytes = await readShotBytes(r).catch(() => null);
      return bytes ? new Blob([new Uint8Array(bytes)], { type: r.type }) : null;
    },
    async setLock(passphrase) {
      if (await store.locked()) throw new Error('locked');
      const { info, key: newKey } = await createLock(passphrase);
      await rewriteAll(key, newKey, info);
    },
    async removeLock() {
      if (await store.locked()) throw new Error('locked');
      await rewriteAll(key, null, null);
    },
  };
  return store;
}
