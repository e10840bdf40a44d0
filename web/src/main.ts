/**
 * The explorer's entry: four views behind an accessible tab list (arrow keys, Home/End), routed by the URL hash
 * (#activations, #cross-entropy, #information, #training) so each view can be linked and tested directly.
 * A view is built the first time it is shown.
 */
import './styles.css';
import { h } from './dom.js';
import { activationsView } from './views/activations.js';
import { crossEntropyView } from './views/crossEntropy.js';
import { informationView } from './views/information.js';
import { trainingView } from './views/training.js';

interface ViewDef {
  id: string;
  title: string;
  intro: string;
  build: () => HTMLElement;
}

const VIEWS: ViewDef[] = [
  {
    id: 'activations',
    title: 'Activations',
    intro:
      'Pick an activation to see f(x) and its derivative f′(x), which autograd computes (tg.grad), not a hand-written formula.',
    build: activationsView,
  },
  {
    id: 'cross-entropy',
    title: 'Cross-entropy',
    intro:
      'Edit the logits and targets; F.crossEntropy gives the loss, autograd its gradient with respect to every logit.',
    build: crossEntropyView,
  },
  {
    id: 'information',
    title: 'Information',
    intro: 'Drag the bars of P and Q (or use their sliders) to see entropy, cross-entropy and KL divergence.',
    build: informationView,
  },
  {
    id: 'training',
    title: 'Training',
    intro:
      'The vanishing-gradient experiment: the same deep network with sigmoid and with ReLU, trained in a Web Worker.',
    build: trainingView,
  },
];

const tabs = document.getElementById('tabs')!;
const main = document.getElementById('main')!;
const buttons = new Map<string, HTMLButtonElement>();
const panels = new Map<string, HTMLElement>();

for (const view of VIEWS) {
  const button = h('button', {
    type: 'button',
    role: 'tab',
    id: `tab-${view.id}`,
    'aria-controls': `panel-${view.id}`,
    'aria-selected': 'false',
    tabindex: -1,
    'data-view': view.id,
    text: view.title,
  });
  button.addEventListener('click', () => show(view.id, true));
  buttons.set(view.id, button);
  tabs.append(button);
  const panel = h('section', {
    role: 'tabpanel',
    id: `panel-${view.id}`,
    'aria-labelledby': `tab-${view.id}`,
    hidden: true,
    tabindex: 0,
  });
  panels.set(view.id, panel);
  main.append(panel);
}

tabs.addEventListener('keydown', (event) => {
  const ids = VIEWS.map((v) => v.id);
  const current = ids.indexOf((document.activeElement as HTMLElement | null)?.dataset.view ?? '');
  if (current < 0) return;
  const next =
    event.key === 'ArrowRight'
      ? (current + 1) % ids.length
      : event.key === 'ArrowLeft'
        ? (current - 1 + ids.length) % ids.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? ids.length - 1
            : -1;
  if (next < 0) return;
  event.preventDefault();
  show(ids[next]!, true);
  buttons.get(ids[next]!)!.focus();
});

function show(id: string, push: boolean): void {
  const view = VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
  for (const v of VIEWS) {
    const selected = v.id === view.id;
    const button = buttons.get(v.id)!;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    panels.get(v.id)!.hidden = !selected;
  }
  const panel = panels.get(view.id)!;
  if (!panel.dataset.built) {
    panel.dataset.built = 'true';
    panel.append(h('h2', { text: view.title }), h('p', { class: 'intro', text: view.intro }), view.build());
  }
  document.title = `${view.title} — tensorgrad explorer`;
  if (push && location.hash !== `#${view.id}`) history.replaceState(null, '', `#${view.id}`);
}

window.addEventListener('hashchange', () => show(location.hash.slice(1), false));
show(location.hash.slice(1), false);
document.body.dataset.ready = 'true';
