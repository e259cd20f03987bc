// Text of the "Sources & about" screen: what the game is, how it names
// things, and the key public sources behind its facts (from facts.md).

import type { ScrollBlock } from './widgets';

export interface SourceGroup {
  heading: string;
  items: { label: string; url: string }[];
}

export const ABOUT: string[] = [
  'Flashpoint: North Kosovo is a classroom simulation of the 2023 crisis in the four northern municipalities of Kosovo. It is a teaching tool, not a prediction: the actors are simplified, and the numbers are game values, not measurements.',
  'Every actor is presented in its own terms. The game takes no side on the questions the parties dispute.',
];

export const NAMING: string[] = [
  '“Kosovo” is used as a neutral name for the territory and its institutions (“the government in Pristina”), and “Serbia” or “Belgrade” for the Serbian government. The status of Kosovo is disputed: about 100 UN member states recognise it as independent (the counts themselves are disputed), while Serbia, Russia, China and five EU members do not. UN Security Council resolution 1244 (1999) is the frame for KFOR’s mandate.',
  'Places carry both names, Serbian and Albanian, joined by a slash: Zvečan / Zveçan, Leposavić / Leposaviq, Zubin Potok / Zubin Potoku, North Mitrovica / Mitrovica e Veriut, Gazivode / Ujman, Banjska / Banjskë, Jarinje / Jarinjë, Brnjak / Bërnjak, the Ibar / Ibër.',
  'Kosovo calls the line with Serbia a border; Serbia calls it the administrative line. The game says “the line” or “boundary”, and “crossing point” for Jarinje and Brnjak, as the EU-facilitated agreements do.',
  'Casualty figures and motives are attributed to whoever claims them. For the Zvečan clash of 29 May 2023, for example, KFOR counted 30 injured soldiers, while the Serbian president said 52 Serbs were hurt.',
  'Each side’s own vocabulary appears only when that side speaks.',
];

export const SOURCE_GROUPS: SourceGroup[] = [
  {
    heading: 'The April 2023 elections and the buildings (26 May)',
    items: [
      {
        label: 'Boycott and turnout of the 23 April elections (The Nation / AFP)',
        url: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
      },
      {
        label: 'Winners in the four municipalities (Vox News)',
        url: 'https://www.voxnews.al/english/kosovabota/pak-vota-ne-veri-shqiptaret-mbesin-ne-krye-te-komunave-me-shumice-ser-i63895',
      },
      {
        label: 'Special police escort the mayors into the buildings (KoSSev)',
        url: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
      },
      {
        label: 'Serbian army readiness raised (B92)',
        url: 'https://www.b92.net/eng/news/politics.php?dd=26&mm=05&nav_id=116058&yyyy=2023',
      },
      {
        label: 'Blinken condemns the forced entry (Devdiscourse / Reuters)',
        url: 'https://www.devdiscourse.com/article/politics/2466196-blinken-condemns-kosovo-for-forced-access-of-municipal-buildings',
      },
    ],
  },
  {
    heading: 'The Zvečan clash (29 May) and reactions (30 May)',
    items: [
      {
        label: 'KFOR: 30 soldiers injured (Corriere del Ticino)',
        url: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
      },
      {
        label: 'KFOR statement on the attacks (Agenzia Nova)',
        url: 'https://www.agenzianova.com/a/64759d638c5037.18508444/4379662/2023-05-29/kosovo-kfor-militari-feriti-oggetto-di-attacchi-non-provocati-ora-sono-sotto-osservazione',
      },
      {
        label: 'Serbian account: 52 Serbs injured (Tanjug)',
        url: 'https://tanjug.rs/english/politics/32905/many-injured-in-zvecan-clashes-one-serb-shot-and-wounded-with-ak-47/amp',
      },
      { label: 'NATO sends 700 more troops (Novinite)', url: 'https://www.novinite.com/view_news.php?id=220311' },
      { label: 'US cancels Kosovo’s part in Defender Europe 23 (US Embassy Pristina)', url: 'https://xk.usembassy.gov/press_roundtable/' },
      { label: 'China’s statement of 30 May (People’s Daily)', url: 'http://en.people.cn/n3/2023/0531/c90000-20025964.html' },
      { label: 'Russia’s foreign ministry on KFOR (TASS)', url: 'https://tass.com/politics/1623869' },
    ],
  },
  {
    heading: 'June 2023: pressure, arrests, new elections',
    items: [
      {
        label: 'EU declaration of 3 June (N1)',
        url: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
      },
      {
        label: 'EU measures against Kosovo, 14 June (bne IntelliNews)',
        url: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
      },
      {
        label: 'Three Kosovo police officers released (RFE/RL)',
        url: 'https://rferl.org/amp/serbia-releases-kosovo-policemen/32476074.html',
      },
      {
        label: 'Both leaders accept new elections are needed, 22 June (Prishtina Insight)',
        url: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
      },
    ],
  },
  {
    heading: 'Background: agreements, positions, numbers',
    items: [
      { label: 'Brussels and Ohrid agreements, 2023 (MIA)', url: 'https://mia.mk/en/story/borrell' },
      {
        label: 'Kosovo government position on the north (Eurasia Review)',
        url: 'https://www.eurasia.ro/2023/05/02/kurti-there-will-be-no-republika-srpska-in-the-north-of-kosovo/',
      },
      {
        label: 'Srpska Lista conditions for elections (CNA)',
        url: 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496',
      },
      {
        label: 'KFOR troop numbers (Info-ks / RFE)',
        url: 'https://www.info-ks.net/vijesti/kosovo/143585/rse-u-misiji-kfor-na-kosovu-najvise-vojnika-iz-italije-i-sad',
      },
      { label: 'NATO reinforces KFOR (NATO Watch)', url: 'https://natowatch.org/newsbriefs/2023/nato-reinforces-kfor-kosovo' },
      {
        label: 'KFOR rejects Belgrade’s request to return forces (N1)',
        url: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
      },
    ],
  },
  {
    heading: 'Places and names',
    items: [
      { label: 'The Mitrovica main bridge (New Bridge, Mitrovica)', url: 'https://wikimili.com/en/New_Bridge,_Mitrovica' },
      { label: 'Gazivode / Ujman lake', url: 'https://en.wikipedia.org/wiki/Gazivoda_Lake?oldid=862057862' },
      { label: 'Jarinje crossing point', url: 'https://wikiclassic.com/wiki/Jarinje' },
      { label: 'Brnjak crossing point', url: 'https://enwikipedia.net/wiki/Brnjak' },
      { label: 'The “Kosovo*” footnote in EU texts', url: 'https://euemployment.eu/kosovo-footnote-eu-un-coe' },
      { label: 'Border or boundary: the crossing-management agreement (EUobserver)', url: 'https://euobserver.com/enlargement/114494' },
    ],
  },
];

export const SOURCES_NOTE =
  'The facts were paraphrased from stored copies of public pages (wire-service reprints, official sites, regional outlets). Sources lean different ways: some are close to Belgrade or Moscow (Tanjug, B92, TASS), some to Pristina; disputed claims are attributed. The full list with dates is in the project’s fact sheet (facts.md).';

/** The whole screen as ScrollText blocks. */
export function sourcesBlocks(): ScrollBlock[] {
  const blocks: ScrollBlock[] = [{ text: 'About this game', kind: 'h3' }];
  for (const p of ABOUT) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: 'How the game names things', kind: 'h3', gapBefore: 18 });
  for (const p of NAMING) blocks.push({ text: p, kind: 'small' });
  blocks.push({ text: 'Key sources', kind: 'h3', gapBefore: 18 });
  blocks.push({ text: SOURCES_NOTE, kind: 'small' });
  for (const group of SOURCE_GROUPS) {
    blocks.push({ text: group.heading, kind: 'label', gapBefore: 14 });
    for (const item of group.items) {
      blocks.push({ text: item.label, kind: 'small', gapBefore: 6, indent: 12 });
      blocks.push({ text: item.url, kind: 'tiny', gapBefore: 0, indent: 12 });
    }
  }
  return blocks;
}
