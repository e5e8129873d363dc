/*
 * The customers' request portal: as the impact questions are answered, the suggested severity is shown (the texts
 * and levels come from the page, computed by the server's own rule) and the S1 checklist appears when the answers
 * suggest S1. A form is sent once: a second click while it is on its way is ignored (the server creates one
 * request per form anyway). As the contract, environment and impact are answered, the entitlement check runs live
 * and says in the page's language whether the contract covers the request. Files chosen beyond the form's limits
 * are left out before they are sent. Without this script the form works the same; the suggestion, the check and the
 * limits then show after sending.
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

    /** @return the level the impact answers suggest now, or null before they are answered */
    function suggested(form) {
        var impact = form.elements.impact;
        var workaround = form.elements.workaround;
        var level = null;
        form.querySelectorAll('.csla-suggestions li').forEach(function (li) {
            if (impact && workaround && li.dataset.impact === impact.value && li.dataset.workaround === workaround.value) {
                level = li.dataset.level;
            }
        });
        return level;
    }

    var pending = null;
    var asked = 0;

    /*
     * The live entitlement check: what the request would be under the customer's contract, asked of the app's
     * REST resource as the customer (nothing is booked), answered in the page's language. Only the latest answer
     * is shown; a failed check hides the box, since the check on sending decides anyway.
     */
    function precheck(form) {
        var box = document.getElementById('csla-precheck');
        if (!box) {
            return;
        }
        var body = {channel: 'portal', category: form.elements.category.value};
        var number = form.elements.customerNumber ? form.elements.customerNumber.value.trim() : '';
        if (number) {
            body.customerNumber = number;
        }
        var environment = form.elements.environment;
        if (environment && environment.value) {
            body.environment = environment.value;
        }
        // the level the form proposes: the impact answers' suggestion, else the page's (S4 for a question)
        var level = suggested(form) || (form.elements.impact ? 'S3' : box.dataset.level);
        if (level) {
            body.severity = level;
        }
        var impossible = form.elements.operationImpossibleWithoutFix;
        var earlier = form.elements.earlierStateAvoidsProblem;
        if (impossible && earlier && impossible.value && earlier.value) {
            body.operationImpossibleWithoutFix = impossible.value === 'yes';
            body.earlierStateAvoidsProblem = earlier.value === 'yes';
        }
        var mine = ++asked;
        fetch(box.dataset.url + '?lang=' + encodeURIComponent(box.dataset.lang), {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (answer) {
            if (mine !== asked) {
                return; // a newer check is on its way
            }
            if (!answer) {
                box.hidden = true;
                return;
            }
            // red only where sending would be refused: a billable request is taken, with a warning
            var kind = answer.handling === 'REJECT' ? 'error' : answer.outcome === 'ENTITLED' ? 'success' : 'warning';
            box.className = 'aui-message aui-message-' + kind + ' csla-precheck';
            box.dataset.outcome = answer.outcome;
            box.querySelector('.csla-precheck-outcome').textContent = answer.outcomeText;
            var list = box.querySelector('.csla-precheck-reasons');
            list.textContent = '';
            (answer.reasons || []).forEach(function (reason) {
                var item = document.createElement('li');
                item.textContent = reason.text;
                list.appendChild(item);
            });
            box.querySelector('.csla-precheck-next').hidden = answer.handling !== 'REJECT';
            box.hidden = false;
        }).catch(function () {
            if (mine === asked) {
                box.hidden = true;
            }
        });
    }

    function later(form) {
        window.clearTimeout(pending);
        pending = window.setTimeout(function () {
            precheck(form);
        }, 400);
    }

    /*
     * Files chosen beyond the limits are not sent at all: a file larger than a request takes is left out of the
     * choice (the others stay), and a choice larger than a form takes is cleared, with a message either way. The
     * server applies the same limits, with the files the form holds already.
     */
    function checkFiles(input) {
        var limit = Number(input.dataset.maxFileBytes);
        var together = Number(input.dataset.maxFormBytes);
        var kept = [];
        var total = 0;
        Array.prototype.forEach.call(input.files || [], function (file) {
            if (file.size <= limit) {
                kept.push(file);
                total += file.size;
            }
        });
        var leftOut = kept.length < (input.files || []).length;
        if (total > together) {
            kept = [];
        }
        if (kept.length < (input.files || []).length) {
            try {
                var choice = new DataTransfer();
                kept.forEach(function (file) {
                    choice.items.add(file);
                });
                input.files = choice.files;
            } catch (e) {
                input.value = ''; // a browser that cannot change a choice: all of it is cleared
            }
        }
        document.getElementById('csla-selection-error').hidden = !leftOut || total > together;
        document.getElementById('csla-selection-total-error').hidden = total <= together;
    }

    document.addEventListener('change', function (event) {
        if (event.target.id === 'csla-files') {
            checkFiles(event.target);
            return;
        }
        var form = event.target.closest && event.target.closest('#csla-request-form');
        if (form) {
            update(form);
            later(form);
        }
    });

    document.addEventListener('input', function (event) {
        if (event.target.name === 'customerNumber') {
            later(event.target.form);
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
            precheck(form);
        }
    });
}());
