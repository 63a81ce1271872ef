import type { LanguagePack } from './pack';

export const ja: LanguagePack = { code: 'ja', marks: '', flags: {} };
