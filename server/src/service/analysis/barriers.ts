/** Clause boundaries: evidence across one counts for less ("…, when Putin met Trump in Helsinki"). */
export const BARRIERS = /;|—|,\s*(?:(?:and|but|when|while|since|after|before|as|whereas)\b|then\s)|\b(?:since|when|while|whereas)\b|\b(?:after|before)\s+(?:\w+ing|the|a|an)\b|\band\s+(?:a|an|the)\b/gi;
