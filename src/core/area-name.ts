/**
 * An area's name as it reads inside a sentence: one written in sentence case ("South east London",
 * a description) starts in lower case; a proper name ("Greater Manchester", "Kent and Medway") is kept.
 */
export const midSentence = (name: string) =>
  /^\p{Lu}\p{Ll}* (?!(?:and|of|on|upon|the)\b)\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('en-GB') + name.slice(1) : name;
