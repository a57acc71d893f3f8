// The README's iframe snippet: the iframe takes the calculator's height.
addEventListener('message', (e) => {
  const frame = document.querySelector('iframe[data-socialrules]');
  if (e.source !== frame.contentWindow || e.data?.type !== 'socialrules:height') return;
  frame.style.height = `${e.data.height}px`;
});
