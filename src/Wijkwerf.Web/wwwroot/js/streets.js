// Street work form: the GIPOD category and lead time follow the excavated area as it is typed, and a click on a segment
// of the map picks it in the list (the list stays the keyboard and screen-reader way).
(function () {
    const box = document.getElementById('groundwork');
    const area = document.getElementById('f-excavated_m2');
    const relocation = document.getElementById('f-utility_relocation');
    const live = document.getElementById('groundwork-live');
    if (box && area && live) {
        const major = parseFloat(box.dataset.major), minor = parseFloat(box.dataset.minor);
        const labels = box.dataset.labels.split('|');
        const update = () => {
            const m2 = parseFloat((area.value || '0').replace(',', '.')) || 0;
            const [name, lead] = m2 > major ? [labels[0], relocation && relocation.checked ? labels[4] : labels[3]]
                : m2 >= minor ? [labels[1], labels[5]] : [labels[2], labels[6]];
            const text = box.dataset.template.replace('{0}', name).replace('{1}', lead);
            if (live.textContent !== text) live.textContent = text;
        };
        area.addEventListener('input', update);
        if (relocation) relocation.addEventListener('change', update);
    }
    const list = document.getElementById('f-segments');
    const map = document.querySelector('svg.pick-map');
    if (list && map) {
        const paint = () => {
            const picked = new Set(Array.from(list.selectedOptions).map(o => o.value));
            map.querySelectorAll('polyline[data-segment]').forEach(p => p.classList.toggle('picked', picked.has(p.dataset.segment)));
        };
        map.addEventListener('click', e => {
            const id = e.target && e.target.dataset ? e.target.dataset.segment : null;
            if (!id) return;
            const option = Array.from(list.options).find(o => o.value === id);
            if (option) { option.selected = !option.selected; paint(); }
        });
        list.addEventListener('change', paint);
        paint();
    }
})();
