#!/bin/sh
# Writes the spoken verdict prompts (played after the verdict sound when "spoken prompts" is on), in
# Korean, English, German and Italian, with Debian's espeak-ng (`apt-get install espeak-ng`). Run from this folder;
# the WAVs are committed so PassDesk needs no speech engine at the counter.
set -eu
say() { espeak-ng -v "$1" -s 150 -a 150 -w "prompt-$1-$2.wav" "$3"; }
say ko valid "확인되었습니다"
say ko check-id "신분증을 확인해 주세요"
say ko invalid "유효하지 않은 증명서입니다"
say ko other "다시 보여 주세요"
say en valid "Verified"
say en check-id "Please check I D"
say en invalid "Certificate not valid"
say en other "Please show it again"
say de valid "Bestätigt"
say de check-id "Bitte Ausweis prüfen"
say de invalid "Zertifikat ungültig"
say de other "Bitte noch einmal zeigen"
say it valid "Verificato"
say it check-id "Controllare il documento, per favore"
say it invalid "Certificato non valido"
say it other "Per favore, mostri di nuovo"
