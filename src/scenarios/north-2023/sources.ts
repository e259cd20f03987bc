import type { ScenarioSource } from '../../sim/types';

// The sources behind the scenario's facts, as the “Sources & about” screen lists them:
// in order, each with the message key of its label and of its group's heading
// (messages/en/*.json, `sources.*`), and its address. Every address is in docs/facts.md.

export const sources: readonly ScenarioSource[] = [
  {
    key: 'sources.elections.1',
    group: 'sources.group.elections',
    url: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
  },
  {
    key: 'sources.elections.2',
    group: 'sources.group.elections',
    url: 'https://www.voxnews.al/english/kosovabota/pak-vota-ne-veri-shqiptaret-mbesin-ne-krye-te-komunave-me-shumice-ser-i63895',
  },
  {
    key: 'sources.elections.3',
    group: 'sources.group.elections',
    url: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
  },
  {
    key: 'sources.elections.4',
    group: 'sources.group.elections',
    url: 'https://www.b92.net/eng/news/politics.php?dd=26&mm=05&nav_id=116058&yyyy=2023',
  },
  {
    key: 'sources.elections.5',
    group: 'sources.group.elections',
    url: 'https://www.devdiscourse.com/article/politics/2466196-blinken-condemns-kosovo-for-forced-access-of-municipal-buildings',
  },
  {
    key: 'sources.zvecan.1',
    group: 'sources.group.zvecan',
    url: 'https://cdt.ch/news/mondo/kfor-30-i-militari-feriti-in-kosovo-11-italiani-e-19-ungheresi-318350',
  },
  {
    key: 'sources.zvecan.2',
    group: 'sources.group.zvecan',
    url: 'https://www.agenzianova.com/a/64759d638c5037.18508444/4379662/2023-05-29/kosovo-kfor-militari-feriti-oggetto-di-attacchi-non-provocati-ora-sono-sotto-osservazione',
  },
  {
    key: 'sources.zvecan.3',
    group: 'sources.group.zvecan',
    url: 'https://tanjug.rs/english/politics/32905/many-injured-in-zvecan-clashes-one-serb-shot-and-wounded-with-ak-47/amp',
  },
  { key: 'sources.zvecan.4', group: 'sources.group.zvecan', url: 'https://www.novinite.com/view_news.php?id=220311' },
  { key: 'sources.zvecan.5', group: 'sources.group.zvecan', url: 'https://xk.usembassy.gov/press_roundtable/' },
  { key: 'sources.zvecan.6', group: 'sources.group.zvecan', url: 'http://en.people.cn/n3/2023/0531/c90000-20025964.html' },
  { key: 'sources.zvecan.7', group: 'sources.group.zvecan', url: 'https://tass.com/politics/1623869' },
  {
    key: 'sources.june.1',
    group: 'sources.group.june',
    url: 'https://n1info.rs/english/news/eu-urges-kosovo-and-serbia-to-immediately-and-unconditionally-de-escalate/',
  },
  {
    key: 'sources.june.2',
    group: 'sources.group.june',
    url: 'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
  },
  { key: 'sources.june.3', group: 'sources.group.june', url: 'https://rferl.org/amp/serbia-releases-kosovo-policemen/32476074.html' },
  {
    key: 'sources.june.4',
    group: 'sources.group.june',
    url: 'https://prishtinainsight.com/kosovo-and-serbia-separately-agree-on-need-for-new-elections-in-north-of-kosovo-eu-says',
  },
  { key: 'sources.background.1', group: 'sources.group.background', url: 'https://mia.mk/en/story/borrell' },
  {
    key: 'sources.background.2',
    group: 'sources.group.background',
    url: 'https://www.eurasia.ro/2023/05/02/kurti-there-will-be-no-republika-srpska-in-the-north-of-kosovo/',
  },
  {
    key: 'sources.background.3',
    group: 'sources.group.background',
    url: 'https://cna.al/english/kosova-bota/kerkesat-e-listes-serbe-per-pjesemarrje-ne-zgjedhjet-eventuale-i363496',
  },
  {
    key: 'sources.background.4',
    group: 'sources.group.background',
    url: 'https://www.info-ks.net/vijesti/kosovo/143585/rse-u-misiji-kfor-na-kosovu-najvise-vojnika-iz-italije-i-sad',
  },
  {
    key: 'sources.background.5',
    group: 'sources.group.background',
    url: 'https://natowatch.org/newsbriefs/2023/nato-reinforces-kfor-kosovo',
  },
  {
    key: 'sources.background.6',
    group: 'sources.group.background',
    url: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  },
  { key: 'sources.places.1', group: 'sources.group.places', url: 'https://wikimili.com/en/New_Bridge,_Mitrovica' },
  { key: 'sources.places.2', group: 'sources.group.places', url: 'https://en.wikipedia.org/wiki/Gazivoda_Lake?oldid=862057862' },
  { key: 'sources.places.3', group: 'sources.group.places', url: 'https://wikiclassic.com/wiki/Jarinje' },
  { key: 'sources.places.4', group: 'sources.group.places', url: 'https://enwikipedia.net/wiki/Brnjak' },
  { key: 'sources.places.5', group: 'sources.group.places', url: 'https://euemployment.eu/kosovo-footnote-eu-un-coe' },
  { key: 'sources.places.6', group: 'sources.group.places', url: 'https://euobserver.com/enlargement/114494' },
];
