/** German labels for the CMS's enumeration ids. */
export const stageLabels: Record<string, string> = {
  idea: 'Idee',
  planned: 'In Planung',
  under_development: 'Im Aufbau',
  active: 'Aktiv',
};

export const networkLabels: Record<string, string> = {
  kreativorte_im_gruenen: 'Kreativorte im Grünen',
  zukunftsorte_brandenburg: 'Zukunftsorte Brandenburg',
  other: 'Andere Netzwerke',
};

export const offerLabels: Record<string, string> = {
  coworking: 'Coworking',
  trial_living: 'Probewohnen',
  studios: 'Ateliers',
  event_space: 'Veranstaltungsraum',
  rooms: 'Räume',
  workshops: 'Werkstätten',
  other: 'Weiteres',
};

export const seekingLabels: Record<string, string> = {
  fellow_campaigners: 'Mitstreiterinnen und Mitstreiter',
  residents: 'Bewohnerinnen und Bewohner',
  investors: 'Investoren',
  tenants: 'Mieterinnen und Mieter',
  supporters: 'Unterstützung',
  other: 'Weiteres',
};

export const travelModeLabels: Record<string, string> = {
  train: 'Bahn',
  bus: 'Bus',
  car: 'Auto',
  bike: 'Fahrrad',
  foot: 'zu Fuß',
};

export const partnerKindLabels: Record<string, string> = {
  funder: 'Förderer',
  cooperation_network: 'Kooperationsnetzwerke',
  host: 'Gastgeber und Veranstaltungsorte',
  agency: 'Agenturen',
  municipality: 'Kommunen',
  business: 'Unternehmen',
};

export const label = (labels: Record<string, string>, id: string) => labels[id] ?? id;
