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
    key: 'sources.elections.6',
    group: 'sources.group.elections',
    url: 'https://prishtinainsight.com/new-mayor-of-north-mitrovica-sworn-into-office',
  },
  {
    key: 'sources.elections.7',
    group: 'sources.group.elections',
    url: 'https://dtt-net.com/kosovo-bosniak-mayor-extends-deadline-to-serbia-run-structures-to-vacate-municipal-spaces/',
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
    key: 'sources.zvecan.8',
    group: 'sources.group.zvecan',
    url: 'https://www.kosovo-online.com/en/news/politics/clinical-hospital-center-kosovska-mitrovica-more-50-injured-citizens-one-wounded-serb',
  },
  { key: 'sources.zvecan.9', group: 'sources.group.zvecan', url: 'http://eg.china-embassy.gov.cn/eng/fyrth/202305/t20230530_11086032.htm' },
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
  { key: 'sources.june.5', group: 'sources.group.june', url: 'https://www.krone.at/3033732' },
  {
    key: 'sources.june.6',
    group: 'sources.group.june',
    url: 'https://www.urdupoint.com/en/world/kosovos-president-thanks-us-for-assisting-re-1715174.html',
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
  { key: 'sources.background.7', group: 'sources.group.background', url: 'https://prishtinainsight.com/?p=26027' },
  {
    key: 'sources.background.8',
    group: 'sources.group.background',
    url: 'https://wikimili.com/en/United_States_bombing_of_the_Chinese_embassy_in_Belgrade',
  },
  {
    key: 'sources.background.9',
    group: 'sources.group.background',
    url: 'http://articles.chicagotribune.com/1999-07-23/news/9907230119_1_yugoslav-federal-directorate-supply-and-procurement-nato-bombing',
  },
  { key: 'sources.background.10', group: 'sources.group.background', url: 'https://hrw.org/legacy/reports/2000/nato/Natbm200.htm' },
  {
    key: 'sources.background.11',
    group: 'sources.group.background',
    url: 'https://defbrief.com/2022/04/10/chinese-airlifters-deliver-fk-3-air-defense-system-to-serbia/',
  },
  {
    key: 'sources.after.1',
    group: 'sources.group.after',
    url: 'https://rferl.org/amp/kosovo-serbian-list-participate-elections-mitrovica/32636509.html',
  },
  {
    key: 'sources.after.2',
    group: 'sources.group.after',
    url: 'https://prishtinainsight.com/vote-for-north-kosovo-mayors-dismissal-fails-following-low-turnout',
  },
  {
    key: 'sources.after.3',
    group: 'sources.group.after',
    url: 'https://europeanwesternbalkans.com/2025/10/13/mayoral-runoffs-in-biggest-cities-return-of-the-serb-list',
  },
  { key: 'sources.places.1', group: 'sources.group.places', url: 'https://wikimili.com/en/New_Bridge,_Mitrovica' },
  { key: 'sources.places.2', group: 'sources.group.places', url: 'https://en.wikipedia.org/wiki/Gazivoda_Lake?oldid=862057862' },
  { key: 'sources.places.3', group: 'sources.group.places', url: 'https://wikiclassic.com/wiki/Jarinje' },
  { key: 'sources.places.4', group: 'sources.group.places', url: 'https://enwikipedia.net/wiki/Brnjak' },
  { key: 'sources.places.5', group: 'sources.group.places', url: 'https://euemployment.eu/kosovo-footnote-eu-un-coe' },
  { key: 'sources.places.6', group: 'sources.group.places', url: 'https://euobserver.com/enlargement/114494' },
];
