/**
 * Airlines by name. A claim whose value is an airline ("the diverted flight was a Ryanair flight") is contradicted by another
 * airline named for the same flight ("a Lufthansa flight"); the list says which capitalised words are airlines at all.
 */
export const AIRLINES = [
  'Ryanair', 'Lufthansa', 'easyJet', 'EasyJet', 'Wizz Air', 'Aeroflot', 'Belavia', 'British Airways', 'Air France', 'KLM',
  'Turkish Airlines', 'LOT', 'airBaltic', 'Air Baltic', 'Austrian Airlines', 'SAS', 'Finnair', 'Aegean', 'Alitalia',
  'ITA Airways', 'Iberia', 'Vueling', 'Norwegian', 'Delta', 'United Airlines', 'American Airlines', 'Emirates', 'Qatar Airways',
  'Ukraine International Airlines', 'S7', 'Pobeda', 'Brussels Airlines', 'TAP', 'Icelandair', 'Eurowings', 'Jet2', 'Air Europa',
];
