/**
 * The evidence log's data model: one entry per contact the user wants to keep a record of.
 * Pure data; validation in ./validate, backup in ./transfer, printable summary in ./summary.
 */

/**
 * How the contact happened; 'relative', 'employer', 'contact-list' are contacts with other people
 * about the user's debt; 'web-page' is a claim read on a web page (added after backup version 1:
 * old backups stay valid, a newer entry is refused by an older build as a bad entry).
 */
export const CHANNELS = ['call', 'sms', 'wechat', 'visit', 'relative', 'employer', 'contact-list', 'web-page'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Rules a contact may break, after the evidence-log categories of the facts file (F14), each
 * pointing at the facts that state the rule.
 */
export const RULE_FACTS = {
  'wrong-debt': ['A14', 'A9'],
  'legal-threat': ['M2', 'B17', 'D16'],
  'unverified-debt': ['A14'],
  impersonation: ['D16', 'D18'],
  'call-pattern': ['D8', 'D9', 'A2'],
  'message-harassment': ['A2', 'D14'],
  'third-party': ['A3', 'A4a', 'D12', 'D15', 'D17'],
} as const satisfies Record<string, readonly string[]>;
export type RuleId = keyof typeof RULE_FACTS;
export const RULE_IDS = Object.keys(RULE_FACTS) as RuleId[];

export interface Screenshot {
  id: string;
  /** image MIME type, one of IMAGE_TYPES */
  type: string;
  /** size of the image in bytes */
  size: number;
  name: string;
}

export interface EvidenceEntry {
  id: string;
  /** when it happened, local time as the user entered it: "YYYY-MM-DDTHH:mm" */
  at: string;
  channel: Channel;
  /** who contacted: a name or number, as the user typed it */
  who: string;
  /** what was said */
  said: string;
  rules: RuleId[];
  screenshots: Screenshot[];
  /** ms since epoch; when the entry was first saved / last changed */
  created: number;
  updated: number;
}

/** The editable part of an entry (what the form fills in). */
export type EntryDraft = Pick<EvidenceEntry, 'at' | 'channel' | 'who' | 'said' | 'rules'>;

export const LIMITS = {
  entries: 2000,
  who: 200,
  said: 5000,
  /** per screenshot, and per entry */
  screenshotBytes: 2 * 1024 * 1024,
  screenshotsPerEntry: 5,
  /** screenshot bytes a JSON backup carries in all (more are left out, and the user is told) */
  backupShotBytes: 40 * 1024 * 1024,
  /** a JSON backup file: the entries' text, and the screenshots as base64 (4/3 of their bytes) */
  backupBytes: 60 * 1024 * 1024,
  /** shortest passphrase the lock accepts */
  passphrase: 8,
} as const;

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
