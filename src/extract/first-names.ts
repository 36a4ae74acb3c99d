// Common English-language first names whose bearers are, in news usage, overwhelmingly of one
// gender: enough to tell "she said" from "he said" between the people of a political or local news
// story. Names used for both (Chris, Sam, Lindsey, Jordan, Jan …) are left out on purpose.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const FEMALE_FIRST_NAMES = set(`hillary mary elizabeth sarah nancy susan karen lisa jennifer michelle melania ivanka
  kellyanne debbie nikki carly kamala theresa margaret angela nicola jane anne ann emma emily laura linda barbara
  patricia maria rachel rebecca catherine katherine kate kathleen julie julia amy amanda jessica ashley stephanie
  nicole heather melissa donna carol sandra sharon deborah cynthia janet diane joan judy helen ruth alice claire
  sophie lucy hannah olivia charlotte victoria caroline diana christine christina samantha megan lauren kelly dana
  erin marie martha huma loretta condoleezza madeleine tulsi kirsten dianne maxine jeanne susana gwen betsy michele
  cheryl valerie meghan priti yvette harriet andrea caitlin kathy patty joni marsha tammy heidi shelley hope
  jill joanne janice gloria teresa elaine wendy beth ellen irene anna eva sally penny liz liza lorraine louise
  natalie alexandria ilhan rashida ayanna stacey katie kristen brenda pamela rose rosa sonia sylvia tina tracy
  vanessa veronica virginia yolanda zoe jacqueline jo-ann dolores esther frances grace jean joyce judith june
  leslie lynn marilyn norma paula roberta shirley`);

export const MALE_FIRST_NAMES = set(`donald bernie barack bill ted marco jeb ben john mike michael paul rand scott rick jim
  james joe joseph robert bob david dave richard thomas tom charles charlie mark george steven steve kevin brian
  edward ed ronald anthony tony jason matthew matt gary timothy tim jeff jeffrey eric stephen andrew andy peter pete
  daniel dan harry jack henry william martin mitt newt reince corey jared mitch nigel boris jeremy keir rishi gordon
  vladimir benjamin emmanuel justin karl roger rudy sean ryan larry gregory greg patrick dennis jerry walter arthur
  albert carl howard hugh ian alan neil simon philip phil nick nicholas samuel adam aaron nathan kyle jonathan jon
  lanny tad chuck lincoln marty ron ronny al elijah hakeem kenneth ken raymond ray frank fred frederick louis luis
  carlos jose juan jorge miguel francisco antonio manuel pedro rafael roy russell ralph randy eugene wayne bruce
  keith terry sean shaun todd travis troy victor vincent wesley willie zachary doug douglas duncan gavin graham
  harold jerome joel josh joshua justin lawrence leon leonard lloyd marcus mario maurice nelson norman oliver oscar
  reginald rodney ross stanley stuart theodore wallace warren`);

/** Is this lower-case word a given name of either list ("theresa", "brian")? */
export function isFirstName(lower: string): boolean {
  return FEMALE_FIRST_NAMES.has(lower) || MALE_FIRST_NAMES.has(lower);
}
