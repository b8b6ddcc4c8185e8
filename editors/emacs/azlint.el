;;; azlint.el --- azlint language server for eglot  -*- lexical-binding: t; -*-

;; Live diagnostics (flymake), hover (eldoc) and quick fixes (`eglot-code-actions') for
;; LLM-gateway configs: librechat.yaml, openclaw.json(5), LiteLLM's config.yaml.
;; Needs eglot (built into Emacs 29; Debian 12's Emacs 28: `apt-get install elpa-eglot
;; elpa-yaml-mode') and `azlint' on PATH.
;;
;;   (load "/usr/share/azlint/editors/emacs/azlint.el")   ; or from a checkout
;;   (azlint-setup)
;;
;; `azlint-setup' hooks the YAML and JSON modes (yaml-mode, yaml-ts-mode, js-mode, which Emacs 28
;; opens .json in, js-json-mode, json-mode, json-ts-mode) so that eglot starts azlint for a
;; gateway's config, and opens .json5 files in js-mode when no other mode claims them.

;;; Code:

(require 'eglot)

(defvar azlint-command '("azlint" "lsp")
  "Command that starts the azlint language server.")

(defvar azlint-file-regexp
  "\\(?:librechat[^/]*\\.ya?ml\\|openclaw[^/]*\\.json5?\\|litellm[^/]*\\.ya?ml\\|proxy_config\\.ya?ml\\|config\\.ya?ml\\)\\'"
  "File names azlint is started for (azlint's list of config names, `azlint config-names').")

(defvar azlint-generic-names '(("config.yaml" . "model_list:") ("config.yml" . "model_list:"))
  "Generic file names that hold a gateway's config only with a line starting so.")

(defvar azlint-modes
  '(yaml-mode yaml-ts-mode js-mode js-json-mode json-mode json-ts-mode)
  "Major modes whose hooks `azlint-setup' adds `azlint-maybe-start' to.")

(defvar-local azlint--started nil
  "Whether `azlint-maybe-start' started eglot in this buffer.")

(defun azlint-config-p ()
  "Whether the current buffer visits a gateway's config, as `azlint check' decides by name."
  (and buffer-file-name
       (string-match-p azlint-file-regexp buffer-file-name)
       (let ((needs (cdr (assoc (file-name-nondirectory buffer-file-name) azlint-generic-names))))
         (or (null needs)
             (save-excursion
               (goto-char (point-min))
               (re-search-forward (concat "^" (regexp-quote needs)) nil t))))))

(defun azlint-maybe-start ()
  "Start eglot with azlint when the buffer visits a gateway's config.
Only this buffer maps its major mode to azlint: other YAML and JSON buffers keep the servers
`eglot-server-programs' names for them."
  (when (and (not azlint--started) (azlint-config-p))
    (setq-local azlint--started t)
    (setq-local eglot-server-programs (cons (cons major-mode azlint-command) eglot-server-programs))
    (eglot-ensure)))

(defun azlint--after-save ()
  "Start azlint in a buffer that became a gateway's config when saved."
  (when (apply #'derived-mode-p azlint-modes)
    (azlint-maybe-start)))

(defun azlint-setup ()
  "Start azlint in every gateway config visited from now on."
  (dolist (mode azlint-modes)
    (add-hook (intern (format "%s-hook" mode)) #'azlint-maybe-start))
  ;; a config.yaml that gets its `model_list:' later
  (add-hook 'after-save-hook #'azlint--after-save)
  (unless (assoc-default "x.json5" auto-mode-alist #'string-match-p)
    (add-to-list 'auto-mode-alist '("\\.json5\\'" . js-mode))))

(provide 'azlint)
;;; azlint.el ends here
