;;; azlint.el --- azlint language server for eglot  -*- lexical-binding: t; -*-

;; Live diagnostics (flymake), hover (eldoc) and quick fixes (`eglot-code-actions') for
;; LLM-gateway configs: librechat.yaml, openclaw.json(5), LiteLLM's config.yaml.
;; Needs eglot (built into Emacs 29) and `azlint' on PATH.
;;
;;   (load "/path/to/azlint/editors/emacs/azlint.el")
;;   then M-x eglot in a config buffer, or let `azlint-maybe-start' do it:
;;   (add-hook 'yaml-mode-hook #'azlint-maybe-start)
;;   (add-hook 'yaml-ts-mode-hook #'azlint-maybe-start)
;;   (add-hook 'js-json-mode-hook #'azlint-maybe-start)

;;; Code:

(require 'eglot)

(defvar azlint-command '("azlint" "lsp")
  "Command that starts the azlint language server.")

(defvar azlint-file-regexp
  "\\(?:librechat[^/]*\\.ya?ml\\|openclaw[^/]*\\.json5?\\|litellm[^/]*\\.ya?ml\\|proxy_config\\.ya?ml\\|config\\.ya?ml\\)\\'"
  "File names azlint is started for.")

(dolist (mode '(yaml-mode yaml-ts-mode json-mode json-ts-mode js-json-mode))
  (add-to-list 'eglot-server-programs (cons mode azlint-command)))

(defun azlint-maybe-start ()
  "Start eglot with azlint when the buffer's file is a gateway config."
  (when (and buffer-file-name (string-match-p azlint-file-regexp buffer-file-name))
    (eglot-ensure)))

(provide 'azlint)
;;; azlint.el ends here
