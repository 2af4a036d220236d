// Made-up article pages for tests that need a page to behave in a particular way.

const PARAGRAPHS = [
  '“We will keep the harbour open through the winter, whatever the cost,” said Harriet Okonkwo, the port authority director, at a briefing on Tuesday.',
  'Okonkwo said the authority had hired forty extra crew members and ordered two new icebreakers from a shipyard in the north, a purchase that the city council approved last month after a long debate.',
  'Council member Tomasz Wielgus warned that the budget could not absorb another overrun. “We have been promised savings before, and they never arrived,” he said in a statement.',
  'The harbour handles most of the region’s grain exports, and a closure in January would leave farmers with nowhere to sell their harvest, according to the regional farmers’ union, which has lobbied for the icebreakers for years.',
  '“Nobody wants a repeat of the winter when the ice closed everything for six weeks,” Wielgus added. Shipping companies have already begun booking berths for the cold months.',
];

export function articleHtml(opts: { title?: string; extraParagraphs?: string[] } = {}): string {
  const paras = [...PARAGRAPHS, ...(opts.extraParagraphs ?? [])].map((p) => `<p>${p}</p>`).join('\n');
  return `<h1>${opts.title ?? 'Port keeps harbour open through winter'}</h1>\n${paras}`;
}

export function page(body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main>${body}</main>
${script ? `<script>${script}</script>` : ''}</body></html>`;
}
