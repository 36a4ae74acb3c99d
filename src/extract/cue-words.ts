// Word lists for attribution: the verbs that introduce speech, the words that label rather than
// quote, and the small words skipped between a speaker and a verb. Lower-case forms.

function forms(...groups: string[]): Set<string> {
  return new Set(groups.flatMap((group) => group.split(/\s+/)).filter(Boolean));
}

/** Verbs that report what someone said or wrote ("X said", "said X", "X, …, told"). */
export const SPEECH_VERBS = forms(
  'say says said saying tell tells told telling add adds added adding',
  'state states stated stating explain explains explained explaining note notes noted noting',
  'write writes wrote writing written ask asks asked asking reply replies replied replying',
  'respond responds responded responding argue argues argued arguing claim claims claimed claiming',
  'insist insists insisted insisting warn warns warned warning continue continues continued continuing',
  'comment comments commented commenting declare declares declared declaring announce announces announced',
  'admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging',
  'suggest suggests suggested suggesting recall recalls recalled recalling tweet tweets tweeted tweeting',
  'posted observe observes observed observing conclude concludes concluded concluding',
  'confirm confirms confirmed confirming maintain maintains maintained contend contends contended',
  'emphasise emphasises emphasised emphasize emphasizes emphasized stress stresses stressed',
  'promise promises promised promising pledge pledges pledged vow vows vowed predict predicts predicted',
  'forecast forecasts forecasting',
  'boast boasts boasted joke jokes joked quip quips quipped shout shouts shouted yell yells yelled',
  'scream screamed chant chanted chanting exclaim exclaimed mutter muttered whisper whispered cried',
  'urge urges urged urging accuse accuses accused accusing blast blasted slam slams slammed',
  'report reports reported reporting reveal reveals revealed outline outlines outlined',
  'highlight highlights highlighted describe describes described describing question questioned',
  'complain complains complained complaining testify testified testifies assert asserts asserted',
  'remark remarks remarked mention mentions mentioned wonder wonders wondered agree agreed agrees',
  'concede concedes conceded counter countered retort retorted reads read find finds found',
  'show shows showed finding', 'call calls called calling',
  'charge charges charged demand demands demanded threaten threatens threatened criticise criticised',
  'criticize criticized cautioned caution cautions recount recounts recounted assure assures assured',
  'insisted lament lamented laments begged pleaded pleads stated admitted apologised apologized',
  'predicted echo echoes echoed worry worries worried fear fears feared believe believes believed think thinks',
  'thought hope hopes hoped proclaim proclaims proclaimed proclaiming insist yelling shouting screaming',
  'exclaiming declaring announcing stating explaining replying responding commenting tweeting posting',
  'recalling admitting acknowledging suggesting asserting pledging vowing promising predicting joking',
  'bark barks barked beam beamed snap snapped gush gushed rave raved marvel marveled marvelled muse mused',
  'sigh sighed laugh laughed crack cracked brag brags bragged gripe griped fume fumed thunder thundered',
  'intone intoned reiterate reiterated reiterates repeat repeated clarify clarified volunteered offered',
  'writing argued lamented presses pressed pressing',
  'quipping lamenting complaining boasting declaring questioning describing insisting countering retorting',
  'answer answers answered answering interject interjects interjected retaliated surmised scoffed groused opined',
  'elaborated ventured',
  'remember remembers remembered react reacts reacted exhort exhorts exhorted riff riffs riffed',
  'sing sings sang singing',
  'smiles smiled grins grinned beams laughs sighs muses snaps gushes raves marvels barks fumes thunders intones',
);

/** Verbs whose object in quotes is a name or label, not speech ("labelled them as ‘inadequate’"). */
export const LABEL_VERBS = forms(
  'labelled labeled labels label dubbed dub dubs branded brand brands termed nicknamed rated rate rates graded',
  'judged titled entitled named',
);

/** Participles that take an agent in a passive attribution ("identified by Ofsted inspectors"). */
export const PASSIVE_CUES = forms(
  'identified described criticised criticized condemned called labelled labeled branded dubbed quoted',
  'reported found highlighted praised denounced dismissed warned told questioned written',
);

/** Words that may stand between a subject and its verb ("Ofsted has also said"). */
export const AUXILIARIES = forms(
  'has have had is was were are be been will would could should may might must can did does do also later',
  'previously then again further recently once earlier repeatedly already still just now often publicly',
  'privately reportedly simply bluntly since flatly quickly immediately never not n’t even first initially',
  'additionally separately once went goes go on to however too himself herself themselves itself', 'finally', 'ultimately', 'tearfully', 'angrily', 'proudly', 'frankly',
  'am',
);

/** Common irregular pasts that a reporting sentence's subject does before a participle ("sought to calm the crowd, saying"). */
export const IRREGULAR_PASTS = forms('sought took made gave sent held brought began wrote spoke met left won lost struck threw went came saw found kept drew');

/** Words that end the subject going backwards from a verb ("… while the council said"). */
export const CLAUSE_BOUNDARIES = forms(
  'that and but while with as because when after before if although though where so since whereas or',
  'than until unless whether how why what whom',
);

/** Pronouns that stand for a speaker named elsewhere. */
export const PERSON_PRONOUNS = forms('he she');
export const OTHER_PRONOUNS = forms('they it we i');

/** Relative pronouns: "Smith, who chairs the group, said". */
export const RELATIVE_PRONOUNS = forms('who which');

/** Words that start a described speaker ("a spokesperson for …", "the council"). */
export const DETERMINERS = forms(
  'a an the one two three four five six some many several his her their its our my your both each',
  'another other others most few all any this these those such multiple numerous various hundreds dozens thousands',
);

/** Heads of speaker phrases without a determiner ("inspectors said", "officials told"). */
export const SOURCE_NOUNS = forms(
  'officials official inspectors inspector police officers critics experts analysts aides sources source',
  'residents lawyers attorneys prosecutors investigators researchers scientists doctors witnesses voters',
  'supporters protesters campaigners authorities spokesperson spokesman spokeswoman spokespeople',
  'republicans democrats economists observers insiders organisers organizers leaders ministers councillors',
  'parents teachers students staff members activists commentators diplomats executives officers',
  'people users fans neighbours neighbors relatives friends family families workers employees unions',
  'judges jurors investors traders shareholders bankers dealers players managers coaches farmers nurses',
  'pilots engineers historians academics scholars bosses chiefs MPs lawmakers legislators senators delegates',
  'polls poll survey study report',
  'magazine newspaper paper tabloid website network channel station outlet',
);

/** Nouns for the medium of a statement ("put out a statement saying"): the speaker is the clause subject. */
export const MEDIUM_NOUNS = forms(
  'statement letter tweet tweets post email e-mail interview release memo message video speech op-ed',
  'column essay blog note op ed',
);

/** The verbs that always report speech; the rest of SPEECH_VERBS (continue, show, call, find …) often do not. */
export const STRONG_SPEECH_VERBS = forms(
  'say says said saying tell tells told telling add adds added adding state states stated explain explains explained',
  'note notes noted write writes wrote tweet tweets tweeted ask asks asked reply replies replied respond responds responded',
  'argue argues argued claim claims claimed insist insists insisted warn warns warned declare declares declared',
  'announce announces announced admit admits admitted acknowledge acknowledged comment commented recall recalled',
  'according quip quipped joke joked exclaim exclaimed shout shouted yell yelled chant chanted retort retorted',
  'testify testified assert asserted remark remarked concede conceded emphasize emphasized emphasise emphasised',
  'stress stressed predicted vowed pledged promised boasted complained lamented cautioned reiterated put went goes',
  'answered interjected shot fired hit puts pointed points',
);

/** "Ryan’s", "Sanders’": a possessive name, which modifies a noun and is no subject. */
export const POSSESSIVE = /(?:[’']s|s[’'])$/;

/** Words after a name that show it is not the subject of a verb. */
export const NOT_VERBS = forms('of for at from with in on to by about and or the a an but than as');

/** Finite helper verbs: a described speaker ends before one ("the board is …"), and words after a speaker's comma with one are a clause. */
export const FINITE_HELPERS = forms('is was are were has have had will would could should can may might must does did do');

/** Nouns for words nobody in the story is saying now ("the old maxim: “…”", "the slogan “…”"). */
export const SAYING_NOUNS = forms('maxim maxims adage proverb saying motto slogan mantra catchphrase cliche cliché');

/** A party's member named by the party ("a Republican", "Ivo Lind, Democrat of Kelsford"). */
export const PARTY_MEMBERS = forms('republican democrat independent libertarian socialist conservative liberal tory');

/** Speech verbs whose bare form is also a noun ("a retort", "a wake-up call", "a bold claim"). */
export const NOUN_LIKE_CUES = new Set(['retort', 'call', 'comment', 'claim', 'report', 'remark', 'answer', 'reply', 'demand', 'promise', 'pledge',
  'boast', 'joke', 'quip', 'shout', 'yell', 'chant', 'vow', 'question', 'echo', 'fear', 'hope', 'worry', 'lament', 'sigh', 'laugh',
  'crack', 'gripe', 'counter', 'warning', 'finding', 'statement', 'tweet', 'tweets']);

/** Prepositions of place: a name right after one is where something happened ("a forum in Palo Alto"), not who. */
export const PLACE_PREPOSITIONS = forms('in near outside across throughout');

/** Forms of "be": before a past participle they make it passive ("it is understood", "was called"). */
export const BE_FORMS = forms('is was are were be been being');
