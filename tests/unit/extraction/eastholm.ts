// Sentences of an invented town's news, for synthetic pages: no rule can be fitted to a real site.
export const SENTENCES = [
  'The ferry to Eastholm will run twice a day from March, the harbour board decided on Monday evening.',
  'Fishermen had asked for an earlier boat so that the catch reaches the mainland market before dawn.',
  'The board chair said the new timetable would be tried for six months and then reviewed with the crews.',
  'Residents of the island welcomed the change but warned that the pier needs repairs before the winter storms.',
  'A second vessel is being refitted at the northern yard and should join the route by the end of the summer.',
  'Ticket prices stay the same for islanders, while visitors will pay a small surcharge during the busy season.',
];
