import { PSEUDO_LOCALE } from './pseudo';

// The house English is British (24 Apr 2023; "Serbia, Kosovo and KFOR" with no
// comma before "and"); the pseudo-language formats like English. Serbian and
// Albanian format as Intl does for their tags (Serbian plurals one/few/other).

/** The tag Intl should format a catalogue's language with. */
export const intlLocale = (locale: string): string => (locale === 'en' || locale === PSEUDO_LOCALE ? 'en-GB' : locale);
