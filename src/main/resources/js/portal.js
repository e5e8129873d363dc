/*
 * The customers' request portal: as the impact questions are answered, the suggested severity is shown (the texts
 * and levels come from the page, computed by the server's own rule) and the S1 checklist appears when the answers
 * suggest S1. A form is sent once: the send button is disabled on the first click (the server creates one request
 * per form token anyway). Without this script the form works the same; the suggestion then shows after sending.
 */
(function () {
    'use strict';

    function update(form) {
        var impact = form.elements.impact;
        var workaround = form.elements.workaround;
        if (!impact || !workaround) {
            return;
        }
        var box = form.querySelector('.csla-suggestion-text');
        var chosen = null;
        form.querySelectorAll('.csla-suggestions li').forEach(function (li) {
            if (li.dataset.impact === impact.value && li.dataset.workaround === workaround.value) {
                chosen = li;
            }
        });
        if (box && chosen) {
            box.textContent = chosen.textContent;
        }
        var critical = chosen !== null && chosen.dataset.level === 'S1';
        form.querySelectorAll('.csla-checklist').forEach(function (element) {
            var answered = element.querySelector && element.querySelector('select') && element.querySelector('select').value;
            element.hidden = !critical && !answered && !element.classList.contains('csla-has-error');
        });
    }

    document.addEventListener('change', function (event) {
        var form = event.target.closest && event.target.closest('#csla-request-form');
        if (form) {
            update(form);
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.id !== 'csla-request-form' || !event.submitter || event.submitter.name !== 'send') {
            return;
        }
        if (form.dataset.sent === 'true') {
            event.preventDefault(); // sent already: the answer is on its way
            return;
        }
        form.dataset.sent = 'true';
    });

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('csla-request-form');
        if (form) {
            update(form);
        }
    });
}());
