/**
 * Passphrase lock for the evidence log: PBKDF2-SHA-256 derives an AES-GCM-256 key; every record
 * is sealed with its own random 96-bit IV. Only WebCrypto (crypto.subtle), so it runs unchanged
 * in extension pages and in Node for tests. A forgotten passphrase cannot be recovered: nothing
 * about it is stored except a salt and a sealed check value.
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const CHECK_TEXT = 'loan-guard-evidence-lock';

export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

export interface LockInfo {
  version: 1;
  salt: Uint8Array;
  iterations: number;
  /** CHECK_TEXT sealed with the key: tells a wrong passphrase from a damaged record */
  check: Sealed;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function random(n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  crypto.getRandomValues(b);
  return b;
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, bytes: Uint8Array): Promise<Sealed> {
  const iv = random(12);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(bytes)));
  return { iv, data };
}

/** The plaintext, or throws when the key is wrong or the record was changed (GCM's tag). */
export async function unseal(key: CryptoKey, s: Sealed): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(s.iv) }, key, new Uint8Array(s.data)));
}

export const sealJson = (key: CryptoKey, value: unknown) => seal(key, enc.encode(JSON.stringify(value)));
export async function unsealJson(key: CryptoKey, s: Sealed): Promise<unknown> {
  return JSON.parse(dec.decode(await unseal(key, s)));
}

export function isSealed(x: unknown): x is Sealed {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return s.iv instanceof Uint8Array && s.iv.length === 12 && s.data instanceof Uint8Array;
}

export function isLockInfo(x: unknown): x is LockInfo {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  return (
    l.version === 1 && l.salt instanceof Uint8Array && l.salt.length >= 16 &&
    typeof l.iterations === 'number' && Number.isInteger(l.iterations) && l.iterations >= 100_000 && l.iterations <= 10_000_000 &&
    isSealed(l.check)
  );
}

/** A new lock for a passphrase: the stored info and the key to seal records with. */
export async function createLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ info: LockInfo; key: CryptoKey }> {
  const salt = random(16);
  const key = await deriveKey(passphrase, salt, iterations);
  return { info: { version: 1, salt, iterations, check: await seal(key, enc.encode(CHECK_TEXT)) }, key };
}

/** The key when the passphrase is right, null when it is wrong. */
export async function unlock(passphrase: string, info: LockInfo): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, info.salt, info.iterations);
  try {
    return dec.decode(await unseal(key, info.check)) === CHECK_TEXT ? key : null;
  } catch {
    return null;
  }
}
