;;; test.el --- run by tests/emacs/run.sh in a headless Emacs (-q --no-site-file): editors/emacs/azlint.el is the
;;; only configuration. Prints one line per check; exits non-zero on any failure.  -*- lexical-binding: t; -*-

(defvar azlint-test-src (getenv "AZLINT_EMACS_SRC"))
(defvar azlint-test-work (getenv "AZLINT_EMACS_WORK"))
(defvar azlint-test-failures 0)

(defun azlint-test-check (ok what)
  (if ok (princ (format "ok: %s\n" what))
    (setq azlint-test-failures (1+ azlint-test-failures))
    (princ (format "FAIL: %s\n" what))))

(defun azlint-test-wait (pred seconds)
  "Run the event loop until PRED returns non-nil or SECONDS pass; PRED's value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05)
      ;; eglot-ensure connects from post-command-hook: run it, as an interactive Emacs would
      (run-hooks 'post-command-hook))
    value))

(defun azlint-test-diagnostics ()
  "The buffer's flymake diagnostics as (CODE LINE CHARACTER SEVERITY), LINE from 1, CHARACTER the
characters before the start on its line."
  (mapcar (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)))
              (list (azlint-test-code d)
                    (line-number-at-pos beg)
                    (save-excursion (goto-char beg) (- beg (line-beginning-position)))
                    (pcase (flymake-diagnostic-type d)
                      ((or 'eglot-error :error) 'error)
                      ((or 'eglot-warning :warning) 'warning)
                      (type type)))))
          (flymake-diagnostics)))

(defun azlint-test-code (d)
  "The rule id of diagnostic D: eglot puts the LSP code in its text as [CODE] or in its data."
  (let ((text (flymake-diagnostic-text d)))
    (cond ((string-match "\\[\\([a-z0-9/-]+\\)\\]" text) (match-string 1 text))
          ((string-match "\\`\\([a-z0-9/-]+\\):" text) (match-string 1 text))
          (t text))))

(defun azlint-test-has (code)
  (seq-find (lambda (d) (equal (car d) code)) (azlint-test-diagnostics)))

(defun azlint-test-visit (name)
  (find-file (expand-file-name name azlint-test-work))
  (current-buffer))

(defun azlint-test-run ()
  ;; Debian's elpa-* packages (eglot and yaml-mode on Emacs 28) are activated as at startup
  (package-activate-all)
  (load (expand-file-name "editors/emacs/azlint.el" azlint-test-src) nil t)
  (azlint-setup)
  (princ (format "emacs %s, eglot from %s\n" emacs-version (locate-library "eglot")))

  ;; librechat.yaml: yaml-mode, an unquoted date and a duplicate group
  (with-current-buffer (azlint-test-visit "librechat.yaml")
    (azlint-test-check (eq major-mode 'yaml-mode) (format "librechat.yaml opens in yaml-mode (%s)" major-mode))
    (azlint-test-check (azlint-test-wait (lambda () (and (azlint-test-has "yaml-implicit-type")
                                                         (azlint-test-has "librechat/duplicate-group")))
                                         30)
                       "librechat.yaml: yaml-implicit-type and librechat/duplicate-group arrive")
    (dolist (d (azlint-test-diagnostics)) (princ (format "  diagnostic %S\n" d)))
    (let ((date (azlint-test-has "yaml-implicit-type"))
          (dup (azlint-test-has "librechat/duplicate-group")))
      ;; the date follows CJK and an emoji: the server's UTF-16 column 90 is character 89 (the
      ;; emoji is two UTF-16 units, one Emacs character)
      (azlint-test-check (equal (cdr date) '(7 89 error)) "yaml-implicit-type: an error at line 7, character 89")
      (azlint-test-check (equal (cdr dup) '(8 15 error)) "librechat/duplicate-group: an error at line 8, character 15")))

  ;; openclaw.json: js-mode on Emacs 28 (js-json-mode on 29), store switched on for Azure
  (with-current-buffer (azlint-test-visit "openclaw.json")
    (azlint-test-check (memq major-mode '(js-mode js-json-mode)) (format "openclaw.json opens in %s" major-mode))
    (azlint-test-check (azlint-test-wait (lambda () (azlint-test-has "openclaw/store-unsupported")) 30)
                       "openclaw.json: openclaw/store-unsupported arrives")
    (let ((store (azlint-test-has "openclaw/store-unsupported")))
      ;; `true` after an em dash and CJK: UTF-16 column 80, character 80
      (azlint-test-check (equal (cdr store) '(8 80 warning)) "openclaw/store-unsupported: a warning at line 8, character 80")))

  ;; openclaw.json5: Emacs knows no mode for .json5; azlint-setup opens it in js-mode
  (with-current-buffer (azlint-test-visit "json5/openclaw.json5")
    (azlint-test-check (eq major-mode 'js-mode) (format "openclaw.json5 opens in %s" major-mode))
    (azlint-test-check (azlint-test-wait (lambda () (azlint-test-has "openclaw/store-unsupported")) 30)
                       "openclaw.json5: openclaw/store-unsupported arrives"))

  ;; a config.yaml that is not LiteLLM's: azlint does not start; one holding model_list: it does
  (with-current-buffer (azlint-test-visit "app/config.yaml")
    (azlint-test-wait (lambda () nil) 1)
    (azlint-test-check (not (bound-and-true-p eglot--managed-mode)) "no azlint in a config.yaml without model_list:"))
  (with-current-buffer (azlint-test-visit "proxy/config.yaml")
    (azlint-test-check (azlint-test-wait (lambda () (azlint-test-has "litellm/azure-api-base-missing")) 30)
                       "config.yaml with model_list: litellm/azure-api-base-missing arrives")))

(condition-case err
    (azlint-test-run)
  (error (setq azlint-test-failures (1+ azlint-test-failures))
         (princ (format "FAIL: error: %S\n" err))))
(princ (if (= azlint-test-failures 0) "emacs test passed\n"
         (format "emacs test: %d failure(s)\n" azlint-test-failures)))
(ignore-errors (eglot-shutdown-all))
(kill-emacs (if (= azlint-test-failures 0) 0 1))
