// The README's iframe snippet: the iframe takes the calculator's height, and
// is told which part of it the screen shows (for the total bar on a phone).
const frame = document.querySelector('iframe[data-socialrules]');
const view = () => frame.contentWindow.postMessage({ type: 'socialrules:view', top: -frame.getBoundingClientRect().top, height: innerHeight }, new URL(frame.src).origin);
addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || e.data?.type !== 'socialrules:height') return;
  frame.style.height = `${e.data.height}px`;
  view();
});
addEventListener('scroll', view, { passive: true });
addEventListener('resize', view);
