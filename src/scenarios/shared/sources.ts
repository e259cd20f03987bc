// The addresses behind the story of northern Kosovo (primer, background,
// epilogue), by what they are about; each scenario's background.ts cites the
// ones it needs. Shared: both crises tell the same history of the north, and
// one table keeps an address from being corrected in one copy only. Every
// address is listed in docs/facts.md (a test checks the ones the stories cite).

export const northKosovoSources = {
  // Geography and people.
  borders: 'http://geosite.jankrogh.com/borders/kosovo.htm',
  area: 'https://www.petitfute.co.uk/p209-kosovo/decouvrir/d3396-geography/',
  northMitrovica: 'https://www.wiki3.en-us.nina.az/North_Mitrovica.html',
  albanianCommunity: 'https://docslib.org/doc/1740700/community-profile-albanian-community',
  census2024:
    'https://naslovi.net/2024-12-19/slobodna-evropa/na-kosovu-1-58-miliona-registrovanih-stanovnika-za-sever-uradjena-procena/38582606',
  voters2024: 'https://www.cna.al/english/kosova-bota/veriu-i-kosoves-voton-sot-per-shkarkimin-e-kryetareve-shqiptare-i396336',
  serbsAfp: 'https://www.nation.com.pk/25-Apr-2023/kosovo-s-serbs-boycott-polls-in-northern-enclaves',
  bridge: 'https://wikimili.com/en/New_Bridge,_Mitrovica',
  // The war and 1999.
  britannica: 'https://slovar-vocab.com/english/britannica-concise-encyclopedia/kosovo-conflict-6531476.html',
  memoryBook: 'http://hlc-kosovo.org/?p=1235',
  memoryBookMethod: 'http://www.hlc-rdc.org/?p=12831&lang=de',
  hrwSummary: 'https://hrw.org/legacy/reports/2000/nato/Natbm200.htm',
  hrwCrisis: 'http://www.hrw.org/reports/2000/nato/Natbm200-01.htm',
  hrwKosovo: 'https://www.hrw.org/legacy/reports/2001/kosovo/undword2b.html',
  embassy: 'https://wikimili.com/en/United_States_bombing_of_the_Chinese_embassy_in_Belgrade',
  embassyCia:
    'http://articles.chicagotribune.com/1999-07-23/news/9907230119_1_yugoslav-federal-directorate-supply-and-procurement-nato-bombing',
  agreement1999: 'https://telegraf.rs/amp/english/3510785-on-this-day-in-1999-an-agreement-was-signed-which-brought-an-end-to-nato-bombing',
  unmik: 'https://media.un.org/avlibrary/en/asset/d335/d3359740',
  kforReturn: 'https://n1info.hr/english/news/kfor-rejects-belgrades-request-for-return-of-serbian-military-to-kosovo',
  // Status.
  icj: "https://worddisk.com/wiki/International_Court_of_Justice_advisory_opinion_on_Kosovo's_declaration_of_independence",
  recognitionCount: 'https://bitcoinethereumnews.com/finance/where-the-un-disagrees-on-recognition-infographic',
  recognitionBelgrade: 'https://cmio.org/en/world/835755-vucic-names-countries-that-have-withdrawn-recognition-of-kosovos-independence',
  recognitionEu: 'https://emerging-europe.com/news/the-explainer-the-eus-kosovo-refuseniks/',
  // Dialogue and the Association.
  brussels: 'https://normalizacija.rs/the-first-agreement-on-the-principles-governing-the-normalization-of-relations/?lang=en',
  brusselsText: 'https://pax.peaceagreements.org/agreements/2022',
  court: 'https://ecmikosova.org/?p=3007',
  courtReferral: 'https://gjk-ks.org/en/press-release-12-46980/',
  kurtiAssociation: 'https://www.eurasia.ro/2023/05/02/kurti-there-will-be-no-republika-srpska-in-the-north-of-kosovo/',
  ohrid: 'https://mia.mk/en/story/borrell',
  vucicUn: 'https://en.haberler.com/serbian-president-vows-to-oppose-kosovo-s-un-1816054',
  // 2021–2023.
  plates2021: 'https://www.b92.net/eng/news/politics.php?dd=21&mm=09&nav_id=111779&yyyy=2021',
  platesDeal2021: 'https://dialogue-info.com/new-agreement-on-vehicle-car-plates/',
  plates2022: 'https://news.am/eng/news/714261.html',
  platesDeal2022: 'https://europeanwesternbalkans.com/2022/11/24/serbia-and-kosovo-agreed-on-the-measures-to-avoid-further-escalation/',
  walkout: 'https://www.euronews.com/2022/11/05/serb-mps-and-police-resign-en-masse-in-kosovo-amid-licence-plate-spat',
  walkoutTerms: 'https://prishtinainsight.com/?p=26027',
  barricades: 'https://n1info.hr/english/news/kosovo-serbs-still-blocking-roads-kosovo-police-cut-off-north-kosovo/',
  troopsRequest: 'https://www.urdupoint.com/en/world/belgrade-to-submit-request-to-nato-for-deploy-1610980.html',
  readiness: 'https://pledgetimes.com/serbia-army-on-high-alert-due-to-further-unrest-in-kosovo/',
  pantic: 'https://www.washingtontimes.com/news/2022/dec/28/kosovo-serb-dejan-pantic-whose-arrest-caused-crisi/',
  elections2023: 'https://www.voxnews.al/english/kosovabota/pak-vota-ne-veri-shqiptaret-mbesin-ne-krye-te-komunave-me-shumice-ser-i63895',
  forcedEntry: 'https://kossev.info/violence-ensues-as-special-police-forcibly-enter-municipal-buildings/',
  // Russia, China, arms.
  lavrov: 'https://geopolitikon.org/en/serbia-is-not-sacrificing-kosovo-in-exchange-for-eu-membership-says-president-vucic/',
  chinaLine: 'http://en.people.cn/n3/2023/0531/c90000-20025964.html',
  russiaLine: 'https://tass.com/politics/1623869',
  fk3: 'https://defbrief.com/2022/04/10/chinese-airlifters-deliver-fk-3-air-defense-system-to-serbia/',
  fk3Warning: 'https://sofrep.com/news/china-delivers-anti-aircraft-missiles-to-serbia/',
  // After June 2023.
  banjska:
    'https://www.breitbart.com/europe/2023/09/25/kosovan-police-remain-on-hunt-for-serb-gunmen-who-killed-officer-holed-up-in-monastery-siege/',
  banjskaDiocese:
    'https://eparhija-prizren.com/en/news/urgent-announcement-of-the-diocese-of-raska-prizren-regarding-the-armed-conflict-near-banjska-monastery/',
  radoicic: 'https://thebalkantribune.com/kosovo-serb-kingpin-radoicic-takes-responsibility-for-weekend-shootout',
  buildUp: 'https://cyprus-mail.com/2023/09/30/us-monitoring-large-serbian-force-along-kosovo-border-white-house/',
  willRun: 'https://rferl.org/amp/kosovo-serbian-list-participate-elections-mitrovica/32636509.html',
  elek: 'https://prishtinainsight.com/belgrade-backed-kosovo-serb-party-chooses-doctor-as-new-leader/',
  dinar:
    'https://www.kosovo-online.com/en/news/business/central-bank-february-1-euro-will-be-only-currency-kosovo-cash-transactions-17-1-2024',
  dinarCriticism: 'https://euronews.al/en/?p=65933',
  dinarUn: 'https://peacekeeping.un.org/en/security-council-briefing-unmik-special-representative-of-secretary-general-caroline-ziadeh',
  recall: 'https://prishtinainsight.com/vote-for-north-kosovo-mayors-dismissal-fails-following-low-turnout',
  elections2025: 'https://europeanwesternbalkans.com/2025/10/13/mayoral-runoffs-in-biggest-cities-return-of-the-serb-list',
  elections2025Results:
    'https://naslovi.net/2025-10-13/danas/u-prvom-krugu-izbora-najvise-opstina-obezbedila-srpska-lista-a-od-albanskih-samoopredeljenje/40661067',
  elections2025Context: 'https://thewesternbalkans.com/serbs-in-northern-kosovo-return-to-institutions',
} as const;
