/**
 * Surnames of world leaders and foreign ministers a draft may name alone ("when Putin met Obama in Helsinki"). A single
 * capitalised word is too often a place, a brand or a sentence's first word to be read as a person; these are people.
 * The list says only who is a person, never who was where: every fact checked still comes from the packs.
 * (Surnames that are also common words or places, such as Bush, Johnson or Austin, are left out.)
 */
export const LEADER_SURNAMES = new Set([
  'Obama', 'Clinton', 'Reagan', 'Nixon', 'Kennedy', 'Eisenhower', 'Gorbachev', 'Yeltsin', 'Khrushchev', 'Brezhnev',
  'Medvedev', 'Mishustin', 'Merkel', 'Scholz', 'Macron', 'Hollande', 'Sarkozy', 'Draghi', 'Conte', 'Trudeau', 'Suga',
  'Abe', 'Kishida', 'Modi', 'Bolsonaro', 'Lukashenko', 'Tikhanovskaya', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Poroshenko',
  'Erdogan', 'Erdoğan', 'Rouhani', 'Raisi', 'Khamenei', 'Netanyahu', 'Assad', 'Stoltenberg', 'Pompeo', 'Tillerson',
  'Kerry', 'Kissinger', 'Shoigu', 'Naryshkin', 'Zakharova', 'Ryabkov', 'Kozak', 'Tokayev', 'Nazarbayev', 'Aliyev',
  'Pashinyan', 'Guterres', 'Parmelin', 'Cassis', 'Jinping',
]);
