// The role advancement table of method §stalled as a picture: influence (0..2) up, support (-2..2) across. A person
// dragged to another cell calls onMove(id, influence, support): the page previews what the change would do.
const ROLE_COLOURS = { DP: '#1f5fa8', UP: '#2e8540', PP: '#8a4baf', IP: '#b35c00' };
const SVG_NS = 'http://www.w3.org/2000/svg';

function drawRoleMap(container, people, unscoredEl, onMove) {
  const cell = 64, left = 40, top = 16, width = left + cell * 5 + 10, height = top + cell * 3 + 40;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  const scored = people.filter(p => Number.isInteger(p.influence) && Number.isInteger(p.support));
  svg.setAttribute('aria-label', label('roleMap') + ': ' + scored.map(p =>
    `${p.name || p.id} ${p.role || '?'} ${label('axisInfluence')} ${p.influence} ${label('axisSupport')} ${p.support}`
    + (isBlocker(p) ? ' ' + label('blocker') : '')).join('; '));
  const add = (tag, attrs, text) => {
    const el = document.createElementNS(SVG_NS, tag);
    Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    if (text !== undefined) el.textContent = text;
    svg.appendChild(el);
    return el;
  };
  for (let s = -2; s <= 2; s++) {
    for (let i = 0; i <= 2; i++) {
      add('rect', { x: left + (s + 2) * cell, y: top + (2 - i) * cell, width: cell, height: cell,
        class: s < 0 && i > 0 ? 'cell danger' : 'cell' });
    }
    add('text', { x: left + (s + 2.5) * cell, y: top + cell * 3 + 16, 'text-anchor': 'middle', class: 'axis' }, s);
  }
  for (let i = 0; i <= 2; i++) {
    add('text', { x: left - 8, y: top + (2.5 - i) * cell + 4, 'text-anchor': 'end', class: 'axis' }, i);
  }
  add('text', { x: left + cell * 2.5, y: height - 4, 'text-anchor': 'middle', class: 'axis' }, label('axisSupport') + ' →');
  add('text', { x: 10, y: top + cell * 1.5, transform: `rotate(-90 10 ${top + cell * 1.5})`, 'text-anchor': 'middle',
    class: 'axis' }, label('axisInfluence') + ' →');
  const inCell = {};
  scored.forEach(p => {
    const key = `${p.support},${p.influence}`;
    const n = inCell[key] = (inCell[key] || 0) + 1;
    // two people stacked per column of a cell, columns side by side, so names do not overlap
    const x = left + (p.support + 2) * cell + 18 + Math.floor((n - 1) / 2) * 30;
    const y = top + (2 - p.influence) * cell + 14 + ((n - 1) % 2) * 30;
    const g = add('g', { class: 'person' + (isBlocker(p) ? ' blocker' : ''), 'data-person': p.id });
    const circle = document.createElementNS(SVG_NS, 'circle');
    Object.entries({ cx: x, cy: y, r: 9, fill: ROLE_COLOURS[p.role] || '#666' }).forEach(([k, v]) => circle.setAttribute(k, v));
    const letters = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x, y: y + 4, 'text-anchor': 'middle', class: 'role-letters' }).forEach(([k, v]) => letters.setAttribute(k, v));
    letters.textContent = p.role || '?';
    const name = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x, y: y + 19, 'text-anchor': 'middle', class: 'name' }).forEach(([k, v]) => name.setAttribute(k, v));
    name.textContent = (isBlocker(p) ? '⚠ ' : '') + (p.name || p.id);
    g.append(circle, letters, name);
    if (onMove) draggable(svg, g, { left, top, cell }, p, onMove);
  });
  container.replaceChildren(svg);
  const unscored = people.filter(p => !scored.includes(p));
  unscoredEl.textContent = unscored.length
    ? label('unscored') + ': ' + unscored.map(p => `${p.name || p.id} (${p.role || '?'})`).join(', ') : '';
}

/** Drag by pointer (mouse, touch, pen); dropped on another cell, the person takes its influence and support. */
function draggable(svg, g, grid, person, onMove) {
  g.classList.add('draggable');
  g.addEventListener('pointerdown', down => {
    down.preventDefault();
    g.setPointerCapture(down.pointerId);
    const start = toSvg(svg, down);
    const move = event => {
      const at = toSvg(svg, event);
      g.setAttribute('transform', `translate(${at.x - start.x} ${at.y - start.y})`);
    };
    const up = event => {
      g.removeEventListener('pointermove', move);
      g.removeEventListener('pointerup', up);
      const at = toSvg(svg, event);
      const support = Math.max(-2, Math.min(2, Math.floor((at.x - grid.left) / grid.cell) - 2));
      const influence = Math.max(0, Math.min(2, 2 - Math.floor((at.y - grid.top) / grid.cell)));
      g.removeAttribute('transform');
      if (support !== person.support || influence !== person.influence) onMove(person.id, influence, support);
    };
    g.addEventListener('pointermove', move);
    g.addEventListener('pointerup', up);
  });
}

function toSvg(svg, event) {
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

function isBlocker(p) {
  return p.influence >= 1 && p.support <= -1;
}
