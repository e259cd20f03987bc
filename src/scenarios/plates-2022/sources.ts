import type { ScenarioSource } from '../../sim/types';

// The sources behind the scenario's facts, as the “Sources & about” screen lists them:
// in order, each with the message key of its label and of its group's heading
// (messages/en/sources.json, `sources.*`), and its address. Every address is in docs/facts.md.

export const sources: readonly ScenarioSource[] = [
  {
    key: 'sources.summer.1',
    group: 'sources.group.summer',
    url: 'https://www.b92.net/eng/news/politics.php?dd=21&mm=09&nav_id=111779&yyyy=2021',
  },
  {
    key: 'sources.summer.2',
    group: 'sources.group.summer',
    url: 'https://albaniandailynews.com/news/kosovo-determined-to-implement-reciprocity-on-license-plates',
  },
  { key: 'sources.summer.3', group: 'sources.group.summer', url: 'https://dialogue-info.com/new-agreement-on-vehicle-car-plates/' },
  { key: 'sources.summer.4', group: 'sources.group.summer', url: 'https://news.am/eng/news/714261.html' },
  {
    key: 'sources.summer.5',
    group: 'sources.group.summer',
    url: 'https://www.rferl.org/a/himars-ammunition-us-military-aid-ukraine/31969410.html',
  },
  { key: 'sources.summer.6', group: 'sources.group.summer', url: 'https://eeas.europa.eu/node/419496_fr?page_lang=en' },
  {
    key: 'sources.november.1',
    group: 'sources.group.november',
    url: 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
  },
  { key: 'sources.november.2', group: 'sources.group.november', url: 'https://prishtinainsight.com/?p=26027' },
  { key: 'sources.november.3', group: 'sources.group.november', url: 'https://earthpressnews.com/?p=225981' },
  { key: 'sources.november.4', group: 'sources.group.november', url: 'https://naslovi.net/rd/31914523' },
  {
    key: 'sources.november.5',
    group: 'sources.group.november',
    url: 'https://europeanwesternbalkans.com/2022/11/24/serbia-and-kosovo-agreed-on-the-measures-to-avoid-further-escalation/',
  },
  {
    key: 'sources.december.1',
    group: 'sources.group.december',
    url: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
  },
  {
    key: 'sources.december.2',
    group: 'sources.group.december',
    url: 'https://www.urdupoint.com/en/world/belgrade-to-submit-request-to-nato-for-deploy-1610980.html',
  },
  {
    key: 'sources.december.3',
    group: 'sources.group.december',
    url: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  },
  {
    key: 'sources.december.4',
    group: 'sources.group.december',
    url: 'https://pledgetimes.com/serbia-army-on-high-alert-due-to-further-unrest-in-kosovo/',
  },
  {
    key: 'sources.december.5',
    group: 'sources.group.december',
    url: 'https://closetheskyoverukraine.com/latest-news/serbian-president-abolishes-military-high-readiness-state',
  },
  {
    key: 'sources.december.6',
    group: 'sources.group.december',
    url: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
  },
  {
    key: 'sources.december.7',
    group: 'sources.group.december',
    url: 'https://telegraf.rs/english/3608206-jarinje-and-brnjak-administrative-crossings-open-for-traffic',
  },
  { key: 'sources.background.1', group: 'sources.group.background', url: 'https://news.am/eng/news/738535.html' },
  {
    key: 'sources.background.2',
    group: 'sources.group.background',
    url: 'https://exit.al/en/kurti-vows-not-to-allow-a-parallel-state-controlled-by-serbia-within-kosovo',
  },
  {
    key: 'sources.background.3',
    group: 'sources.group.background',
    url: 'https://mia.mk/lajcak-appointed-eu-special-representative-for-serbia-kosovo-dialogue/?lang=en',
  },
  {
    key: 'sources.background.4',
    group: 'sources.group.background',
    url: 'https://rks.news/kfor-around-4700-troops-in-kosovo-ready-to-confront-any-potential-threats',
  },
  {
    key: 'sources.background.5',
    group: 'sources.group.background',
    url: 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/',
  },
  {
    key: 'sources.background.6',
    group: 'sources.group.background',
    url: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/',
  },
  {
    key: 'sources.background.7',
    group: 'sources.group.background',
    url: 'https://defbrief.com/2022/04/10/chinese-airlifters-deliver-fk-3-air-defense-system-to-serbia/',
  },
  { key: 'sources.background.8', group: 'sources.group.background', url: 'https://media.un.org/avlibrary/en/asset/d335/d3359740' },
  { key: 'sources.after.1', group: 'sources.group.after', url: 'https://mia.mk/en/story/borrell' },
  {
    key: 'sources.after.2',
    group: 'sources.group.after',
    url: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
  },
  {
    key: 'sources.after.3',
    group: 'sources.group.after',
    url: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
  },
  { key: 'sources.places.1', group: 'sources.group.places', url: 'https://wikimili.com/en/New_Bridge,_Mitrovica' },
  { key: 'sources.places.2', group: 'sources.group.places', url: 'https://en.wikipedia.org/wiki/Gazivoda_Lake?oldid=862057862' },
  {
    key: 'sources.places.3',
    group: 'sources.group.places',
    url: 'https://dialogue-info.com/water-resource-opportunities-at-lake-gazivode-ujman/',
  },
  { key: 'sources.places.4', group: 'sources.group.places', url: 'https://wikiclassic.com/wiki/Jarinje' },
  { key: 'sources.places.5', group: 'sources.group.places', url: 'https://enwikipedia.net/wiki/Brnjak' },
  { key: 'sources.places.6', group: 'sources.group.places', url: 'https://euemployment.eu/kosovo-footnote-eu-un-coe' },
  { key: 'sources.places.7', group: 'sources.group.places', url: 'https://euobserver.com/enlargement/114494' },
];
