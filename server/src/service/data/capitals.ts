/**
 * Capitals by name, with their countries (as written in COUNTRIES). A government is often named by its capital ("by
 * Moscow's ally Minsk"), so a claim about what a country did is kept by its capital; and a capital's name before a date
 * opens a caption's dateline ("Minsk, Sunday 23 May 2021: …"), where an outlet's name before a date is a citation.
 */
export const CAPITAL_OF = new Map<string, string>([
  ['Minsk', 'Belarus'], ['Kyiv', 'Ukraine'], ['Kiev', 'Ukraine'], ['Moscow', 'Russia'], ['Washington', 'United States'],
  ['Warsaw', 'Poland'], ['Vilnius', 'Lithuania'], ['Riga', 'Latvia'], ['Tallinn', 'Estonia'], ['Athens', 'Greece'],
  ['Tehran', 'Iran'], ['Beijing', 'China'], ['London', 'United Kingdom'], ['Paris', 'France'], ['Berlin', 'Germany'],
  ['Rome', 'Italy'], ['Madrid', 'Spain'], ['Ankara', 'Turkey'], ['Budapest', 'Hungary'], ['Bratislava', 'Slovakia'],
  ['Prague', 'Czechia'], ['Vienna', 'Austria'], ['Bern', 'Switzerland'], ['Brussels', 'Belgium'], ['Helsinki', 'Finland'],
  ['Stockholm', 'Sweden'], ['Oslo', 'Norway'], ['Copenhagen', 'Denmark'], ['Reykjavik', 'Iceland'], ['Tbilisi', 'Georgia'],
  ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Chisinau', 'Moldova'], ['Bucharest', 'Romania'], ['Sofia', 'Bulgaria'],
  ['Belgrade', 'Serbia'], ['Kabul', 'Afghanistan'], ['Baghdad', 'Iraq'], ['Damascus', 'Syria'], ['Tokyo', 'Japan'],
  ['Ottawa', 'Canada'], ['Brasilia', 'Brazil'], ['Buenos Aires', 'Argentina'], ['New Delhi', 'India'], ['Islamabad', 'Pakistan'],
  ['Pyongyang', 'North Korea'], ['Seoul', 'South Korea'], ['Caracas', 'Venezuela'], ['Havana', 'Cuba'],
  // (The Hague: the Netherlands' seat of government, named as often as its capital.)
  ['Amsterdam', 'Netherlands'], ['The Hague', 'Netherlands'],
]);
