// The text patterns of the file formats, without zod: the schemas use them, and the messages
// that say what a field expects recognise them (a zod issue names the pattern it missed).

export const PHONE_PATTERN = /^\+?[0-9 ()-]{3,24}$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9_-]+$/;
/** A respondent is known by a random id made once per install, never by anything typed. */
export const RESPONDENT_ID_PATTERN = /^r-[0-9a-f]{16}$/;
/** A summary's answers may carry '0', the content version of the first database. */
export const ANSWER_CONTENT_VERSION_PATTERN = /^(0|\d{4}\.\d{1,2}\.\d{1,3})$/;
export const DIGEST_PATTERN = /^[0-9a-f]{64}$/;
/** Deep links into OS settings where the platform has them (Windows, macOS). */
export const SETTINGS_URI_PATTERN =
	/^(ms-settings:[a-z0-9-]*|x-apple\.systempreferences:[A-Za-z0-9.\-_?=&]*)$/;
/**
 * An organisation's own checklist item: `org-`, then kebab-case. No built-in item id starts with
 * `org-` (the content build refuses one), so an own item can never share a built-in item's id,
 * its answer or its place in a report.
 */
export const ORG_ITEM_ID_PREFIX = 'org-';
export const ORG_ITEM_ID_PATTERN = /^org-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The editor makes `org-` and 10 hex digits; a hand-written id may be longer, up to this. */
export const ORG_ITEM_ID_MAX = 64;
/**
 * The admin's age public key: an X25519 recipient, `age1` and 58 lower-case bech32 characters.
 * Its checksum is the age library's to check (`isRecipient`), when a key is entered or used.
 */
export const AGE_RECIPIENT_PATTERN = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
/** How every age X25519 identity starts (Bech32 prefix and separator). */
export const AGE_IDENTITY_PREFIX = 'AGE-SECRET-KEY-1';
/** The admin's age private key, as `age-keygen` writes it. */
export const AGE_IDENTITY_PATTERN = new RegExp(
	`^${AGE_IDENTITY_PREFIX}[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$`
);
