import { describe, expect, it } from 'vitest';
import { latinToCyrillic, markdownToCyrillic, messageToCyrillic } from '../../src/text/cyrillic';

// Serbian Cyrillic is made from Serbian Latin by the standard one-to-one
// transliteration; what is not Serbian (Albanian place forms, outlets, keys,
// addresses) stays in Latin script, and ICU syntax is never touched.

describe('Serbian Latin to Cyrillic', () => {
  it('maps every letter of the Serbian Latin alphabet to its Cyrillic letter', () => {
    expect(latinToCyrillic('a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž')).toBe(
      'а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж',
    );
  });

  it('makes one letter of lj, nj and dž, in every case', () => {
    expect(latinToCyrillic('Ljubljana NJIVA Džep DŽEP njiva')).toBe('Љубљана ЊИВА Џеп ЏЕП њива');
  });

  it('keeps two letters where a prefix meets a stem (nad-živeti) and in known loans (konjugacija)', () => {
    expect(latinToCyrillic('nadživeti podžupan konjugacija injekcija Tanjug')).toBe('надживети поджупан конјугација инјекција Танјуг');
  });

  it('writes acronyms in Cyrillic letters', () => {
    expect(latinToCyrillic('KFOR, EU, NATO i SAD')).toBe('КФОР, ЕУ, НАТО и САД');
  });

  it('keeps the Albanian form of each place in Latin script beside the Serbian one', () => {
    expect(latinToCyrillic('Zvečan/Zveçan, Severna Mitrovica/Mitrovica e Veriut, Priština/Prishtina, Zubin Potok/Zubin Potoku')).toBe(
      'Звечан/Zveçan, Северна Митровица/Mitrovica e Veriut, Приштина/Prishtina, Зубин Поток/Zubin Potoku',
    );
  });

  it('keeps words with letters Serbian does not have, outlets, keys and addresses as they are', () => {
    expect(latinToCyrillic('Vetëvendosje (RFE/RL, Prishtina Insight): pritisni Enter, vidi https://example.org/lj')).toBe(
      'Vetëvendosje (RFE/RL, Prishtina Insight): притисни Enter, види https://example.org/lj',
    );
  });

  it('reads the Serbian genitive "Kosova" as Serbian', () => {
    expect(latinToCyrillic('sa severa Kosova')).toBe('са севера Косова');
  });

  it('changes the text of an ICU message but not its placeholders, keywords or numbers', () => {
    const cyr = messageToCyrillic('{count, plural, one {# sačuvana igra} few {# sačuvane igre} other {# sačuvanih igara}} u {place}');
    expect(cyr).toContain('{place}');
    expect(cyr).toMatch(/^\{count,\s*plural,/);
    expect(cyr).toContain('# сачувана игра');
    expect(cyr).toContain('# сачуване игре');
    expect(cyr).toContain('few');
  });

  it('keeps code spans and link addresses of Markdown in Latin script', () => {
    expect(markdownToCyrillic('## Plan časa\nVidi [izvor](https://example.org/nj) i `npm run sim`')).toBe(
      '## План часа\nВиди [извор](https://example.org/nj) и `npm run sim`',
    );
  });

  it('keeps file names and code spans inside messages in Latin script', () => {
    expect(latinToCyrillic('Isti tekst je u docs/teacher-guide.sr-Latn.md; pokreni `npm run sim`.')).toBe(
      'Исти текст је у docs/teacher-guide.sr-Latn.md; покрени `npm run sim`.',
    );
  });

  it('keeps the letters of keyboard keys, and changes a capital letter that is a word', () => {
    expect(latinToCyrillic('L: kopiraj link · M ili Esc: meni · pritisni R · [Y] · Ctrl+C · E ili ponovo E')).toBe(
      'L: копирај линк · M или Esc: мени · притисни R · [Y] · Ctrl+C · E или поново E',
    );
    expect(latinToCyrillic('U četiri opštine. I Beograd i Priština. O čemu je reč?')).toBe(
      'У четири општине. И Београд и Приштина. О чему је реч?',
    );
  });
});
