; Kasane（かさね）: additions to electron-builder's NSIS installer (nsis.include in
; electron-builder.yml). makensis reads this file as UTF-8 (electron-builder passes
; -INPUTCHARSET UTF8). Checked by scripts/desktop/installerScript.test.ts where makensis exists.

; The uninstaller removes the program only. The case records live in each user's data folder
; (%APPDATA%\Kasane\data) and stay; an update (which runs the old uninstaller with --updated)
; says nothing. Only an explicit --delete-app-data would delete that folder, so it is confirmed.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    ClearErrors
    ${GetParameters} $R0
    ${GetOptions} $R0 "--delete-app-data" $R1
    ${ifNot} ${Errors}
      MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "--delete-app-data が指定されています。$\r$\nこのユーザーのケース記録（%APPDATA%\Kasane\data）も削除されます。元に戻せません。$\r$\n$\r$\n削除してよろしいですか？（「いいえ」でアンインストールを中止します）" /SD IDYES IDYES kasaneDeleteConfirmed
        Abort "アンインストールを中止しました。データは削除していません。"
      kasaneDeleteConfirmed:
    ${else}
      ${ifNot} ${Silent}
        MessageBox MB_OK|MB_ICONINFORMATION "Kasane（かさね）のプログラムを削除します。$\r$\n$\r$\nケース記録などのデータ（各ユーザーの %APPDATA%\Kasane\data）とバックアップは削除しません。$\r$\nもう使わない場合は、管理者がデータの保管・廃棄を判断してください。"
      ${endIf}
    ${endIf}
  ${endIf}
!macroend
