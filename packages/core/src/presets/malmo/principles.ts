import type { Principle } from '../../principle/principle.js';
import { NATIONAL_PRINCIPLES } from '../../principle/principle.js';

// Seed 002: the six principles underlie "alla former för överenskommelser i Sverige": they are the
// national överenskommelse's (2008), not Malmöandan's own text, and are marked as such. Each has a
// description where a source gives one, written in our own words after it: självständighet and dialog
// after the national överenskommelse's page on its six principles, öppenhet och insyn and mångfald after
// Överenskommelsen Skåne, whose six principles follow the national ones. No source at hand describes
// kvalitet and långsiktighet, so they have none.
const DESCRIPTIONS: Readonly<Record<string, Pick<Principle, 'description' | 'sources'>>> = {
  independence: {
    description: {
      sv: 'Idéburna organisationer formulerar sitt uppdrag utifrån sin egen värdegrund och förblir självständiga även när de samverkar med det offentliga. Som röstbärare kan de granska och kritisera utan att samverkan eller det ekonomiska stödet sätts på spel.',
      en: 'Idea-based organisations set their mission from their own values and stay independent when they work with the public sector. As a voice for others they may scrutinise and criticise without putting the collaboration or their funding at risk.',
    },
    sources: [{ source: 'overenskommelsen-6-principer', locator: 'Självständighet och oberoende' }],
  },
  dialogue: {
    description: {
      sv: 'Relationen bygger på ansvar och ömsesidighet och tar tillvara båda parternas förutsättningar, perspektiv och kunskap. Dialogen breddar beslutsunderlagen och skapar förståelse och förtroende, i former som är öppna, återkommande och inkluderande.',
      en: "The relationship rests on responsibility and reciprocity and draws on both sides' conditions, perspectives and knowledge. Dialogue broadens the grounds for decisions and builds understanding and trust, in forms that are open, recurring and inclusive.",
    },
    sources: [{ source: 'overenskommelsen-6-principer', locator: 'Dialog' }],
  },
  'openness-and-transparency': {
    description: {
      sv: 'Förtroendet mellan parterna bygger på öppenhet: båda sektorerna gör information tillgänglig, så att var och en kan fullgöra sitt uppdrag.',
      en: 'Trust between the parties rests on openness: both sectors make information available, so that each can carry out its task.',
    },
    sources: [{ source: 'overenskommelsen-skane-principer', locator: 'Öppenhet och insyn' }],
  },
  diversity: {
    description: {
      sv: 'Samhället välkomnar idéburna organisationer med olika värderingar, metoder och lösningar och gör det lätt för nya organisationer och nya former av samverkan att växa fram. Olikheten är en tillgång.',
      en: 'Society welcomes idea-based organisations with different values, methods and solutions, and makes room for new organisations and new forms of collaboration to grow. Difference is an asset.',
    },
    sources: [{ source: 'overenskommelsen-skane-principer', locator: 'Mångfald' }],
  },
};

/** The six national principles as Malmöandan holds them: each tied to its national key, described where a source does. */
export const PRINCIPLES: Principle[] = NATIONAL_PRINCIPLES.map((p) => ({
  ...p,
  ...(p.national ? DESCRIPTIONS[p.national] : {}),
  $comment: 'En av de sex nationella principerna (Överenskommelsen 2008), inte Malmöandans egen text.',
}));
