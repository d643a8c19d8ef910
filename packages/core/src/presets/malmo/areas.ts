import type { PriorityArea } from '../../area/area.js';

// Samarbetsplan 2018–2022 (seed 003), "Prioriterade samhällsutmaningar att samverka kring": five areas
// chosen in dialogue, with their texts verbatim. The seeds name no host for any area, so every seat is
// vacant (hosts: []) and each area stands at the first step of "Arbetets gång": identifying hosts.
// The plan's adoption by the kommunstyrelse (seed 004). The sources give no start date per area, so each
// area's `started` is inferred from the plan's adoption and marked so.
const STARTED = '2018-06-13';

export const AREAS: PriorityArea[] = [
  {
    id: 'ungas-halsa-och-livsstil',
    name: { sv: 'Ungas hälsa och livsstil', en: "Young people's health and lifestyle" },
    description: {
      sv: 'Det är ett brett samhällsintresse att skapa goda uppväxtvillkor för barn och unga, såväl under skoltid som på barnens fritid. Fysisk rörelse är något som stärker barns och ungas hälsa, koncentrationsförmåga, självkänsla och som dessutom har ett starkt samband med psykiskt välmående.\n\nGenom ökad samverkan mellan staden och idéburen sektor kan barn och unga få det stöd och den stimulans de behöver för att bli mera rörliga och aktiva i sin vardag.',
      en: "Society as a whole has an interest in good conditions for children and young people to grow up in, both at school and in their free time. Physical activity strengthens children's and young people's health, concentration and self-esteem, and is closely linked to mental well-being.\n\nThrough closer collaboration between the city and the idéburen sektor, children and young people can get the support and stimulus they need to become more mobile and active in their everyday lives.",
    },
    status: 'active',
    phase: 'identifying-hosts',
    started: STARTED,
    inferred: ['started'],
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Prioriterade samhällsutmaningar att samverka kring' }],
    hosts: [],
    targetGroups: ['barn-och-unga'],
  },
  {
    id: 'jamlik-fritid-och-kultur',
    name: { sv: 'Jämlik fritid och kultur', en: 'Equal leisure and culture' },
    description: {
      sv: 'Det finns betydande skillnader mellan olika grupper i samhället när det gäller aktivt deltagande inom idrott och andra fritidsaktiviteter inom kulturlivet. Detta är välgrundat i forskning och undersökningar på både nationell och lokal nivå. Kön, ålder, utbildningsnivå, utländsk bakgrund och funktionsvariation är några av de faktorer som påverkar möjligheterna att delta.\n\nSamarbeten mellan staden och idéburen sektor är en nyckelfaktor för att engagera fler Malmöbor i ett aktivt fritids- och kulturliv och därigenom skapa mer jämlika villkor för malmöbor i olika åldrar och med olika bakgrund och förutsättningar.',
      en: "There are considerable differences between groups in society in active participation in sport and other leisure and cultural activities, as national and local research and surveys show. Gender, age, education, foreign background and disability are among the factors that affect the chance to take part.\n\nCollaboration between the city and the idéburen sektor is a key to engaging more of Malmö's residents in an active leisure and cultural life, and so to more equal conditions for residents of all ages, backgrounds and circumstances.",
    },
    status: 'active',
    phase: 'identifying-hosts',
    started: STARTED,
    inferred: ['started'],
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Prioriterade samhällsutmaningar att samverka kring' }],
    hosts: [],
  },
  {
    id: 'stadsliv-allmanna-platser-och-lokaler',
    name: { sv: 'Stadsliv, allmänna platser och lokaler', en: 'City life, public spaces and premises' },
    description: {
      sv: 'Stadens gemensamma rum har stor betydelse för Malmöbornas välfärd och gemenskap. Ett mångsidigt utbud av mötesplatser, gröna stadsrum, rekreationsområden, kultur-, fritids- och idrottsanläggningar ger möjlighet till aktiviteter, kultur, lärande och lek för alla åldrar och grupper i samhället.\n\nTillgången till olika typer av lokaler, anläggningar och platser är viktig för de idéburna organisationerna. Samverkan mellan Malmö stad och idéburen sektor är central i den fortsatta utvecklingen och utformningen av staden.',
      en: "The city's shared spaces matter greatly to its residents' welfare and sense of community. A varied range of meeting places, green spaces, recreation areas and cultural, leisure and sports facilities gives room for activity, culture, learning and play for all ages and groups.\n\nAccess to premises, facilities and places is important to the idéburen organisations. Collaboration between Malmö stad and the idéburen sektor is central to how the city is developed and shaped.",
    },
    status: 'active',
    phase: 'identifying-hosts',
    started: STARTED,
    inferred: ['started'],
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Prioriterade samhällsutmaningar att samverka kring' }],
    hosts: [],
  },
  {
    // The 2017 draft (seed 001) spelled it "Delaktig, trygghet, demokrati"; the heading of seed 003 is used.
    id: 'delaktighet-trygghet-demokrati',
    name: { sv: 'Delaktighet, trygghet, demokrati', en: 'Participation, safety, democracy' },
    description: {
      sv: 'Stadens mångfald är en tillgång som skapar en stimulerande och kreativ stad. Att fler Malmöbor med olika behov och intressen får en röst och deltar i informella och formella beslut stärker demokratin. Malmö stad och idéburen sektor kan gemensamt utveckla platser där människor kan skapa, uttrycka sig, agera och påverka.\n\nTillit, förtroende, social förankring och delaktighet är några av de faktorer som har betydelse för den upplevda tryggheten. Även den fysiska miljön och samhällets synliga närvaro har stor inverkan. Det trygghetsskapande och brottsförebyggande arbetet är ett brett samhällsuppdrag som kräver samverkan mellan myndigheter, organisationer, föreningar och medborgare.',
      en: "The city's diversity is an asset that makes a stimulating and creative city. When more residents with different needs and interests get a voice and take part in informal and formal decisions, democracy grows stronger. Malmö stad and the idéburen sektor can together develop places where people can create, express themselves, act and have influence.\n\nTrust, confidence, social roots and participation are among the factors that shape how safe people feel, as do the physical environment and the visible presence of society. Work for safety and crime prevention is a broad public task that needs authorities, organisations, associations and citizens to work together.",
    },
    status: 'active',
    phase: 'identifying-hosts',
    started: STARTED,
    inferred: ['started'],
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Prioriterade samhällsutmaningar att samverka kring' }],
    hosts: [],
  },
  {
    id: 'nya-vagar-till-arbete-och-aktivitet',
    name: { sv: 'Nya vägar till arbete och aktivitet', en: 'New paths to work and activity' },
    description: {
      sv: 'Antal förvärvsarbetande med arbetsplats i Malmö är större än någonsin tidigare. Ändå så är arbetslösheten hög bland Malmöborna. Detta eftersom företagen ofta anställer personer om inte bor i Malmö för att få rätt kompetens.\n\nDet finns stora skillnader i andelen arbetslösa i olika grupper bland Malmöborna. Arbetslösheten är högre bland ungdomar, högre bland utrikesfödda oavsett utbildningsnivå, samt högre för män än för kvinnor i alla grupper. Att öka andelen Malmöbor i jobb, och jobbtillfällena i Malmö, är med andra ord en utmaning.\n\nIdéburen sektor och Malmö stad, liksom aktörer i övriga samhällssektorer, behöver samverka för att öka graden av sysselsättning hos Malmöborna. Idéburen sektor är en möjlig arbetsgivare. Samtidigt är deltagande i föreningsliv en starkt bidragande faktor till ökat socialt kapital, vilket i sin tur är viktigt för att få ett arbete.',
      en: "More people work in Malmö than ever before, yet unemployment among its residents is high, because employers often hire people who live elsewhere to get the skills they need.\n\nUnemployment differs greatly between groups: it is higher among young people, higher among people born abroad whatever their education, and higher for men than for women in every group. Raising the share of residents in work, and the number of jobs in Malmö, is a challenge.\n\nThe idéburen sektor and Malmö stad, together with actors in other sectors, need to work together to raise employment. The idéburen sektor is a possible employer, and taking part in associations adds to the social capital that matters in finding a job.",
    },
    status: 'active',
    phase: 'identifying-hosts',
    started: STARTED,
    inferred: ['started'],
    sources: [{ source: 'samarbetsplan-2018-2022', locator: 'Prioriterade samhällsutmaningar att samverka kring' }],
    hosts: [],
    targetGroups: ['arbetssokande'],
  },
];
