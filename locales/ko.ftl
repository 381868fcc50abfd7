# redline에 내장된 인터페이스 문자열, 한국어.
# 웹사이트의 locales/ko.ftl 파일로 개별 메시지를 재정의할 수 있습니다.

language-name = 한국어

skip-to-content = 본문으로 건너뛰기
site-navigation = 사이트
language-switcher = 언어
choose-language = 언어를 선택하십시오
choose-language-intro = 당사의 약관 및 정책은 다음 언어로 제공됩니다:
policies-heading = 약관 및 정책
policies-intro = 현재 적용되는 약관 및 정책과 그 이전 버전 및 향후 시행될 버전 전체입니다.
colon = :
last-updated = 최종 수정일
effective-since = 시행일
takes-effect = 시행 예정일
contents = 목차
versions = 버전
version-current = 현행
version-past = 이전
version-upcoming = 시행 예정
back-to-top = 맨 위로
print-page = 이 페이지 인쇄

untranslated-notice = 이 문서는 아직 한국어로 번역되지 않았습니다. 원문({ $source })을 보고 계십니다.
older-translation = { $date }부터 시행된 버전의 한국어 번역본을 확인하십시오.


page-not-found = 페이지를 찾을 수 없습니다
page-not-found-text = 이 주소에는 페이지가 없습니다. 아래에서 약관 및 정책 목록을 확인하십시오.

past-notice = 이 버전은 { $from }부터 { $to }까지 적용되었습니다.
upcoming-notice = 이 버전은 { $date }에 시행됩니다.
read-current = 현행 버전을 확인하십시오.
not-yet-in-effect = 이 정책은 아직 시행 중인 버전이 없습니다.
upcoming-announcement = 이 정책은 { $date }에 변경됩니다.
read-upcoming = 새 본문 읽기
see-upcoming-changes = 변경 사항 보기
material-change = 중요한 변경

history = 변경 이력
history-title = 버전 이력
history-intro = 이 정책의 모든 버전을 최신순으로 각 버전의 변경 사항과 함께 제공합니다.
effective-date = 시행일
summary = 요약
view-text = 본문
view-changes = 변경 사항
first-version = 최초 버전

changes-title = { $date } 변경 사항
changes-between = { $from } 버전에서 { $to } 버전으로의 변경 사항입니다.
changed-sections = 변경된 섹션
opening-text = 서문
words-added = 단어 { $count }개 추가됨
words-removed = 단어 { $count }개 삭제됨
no-textual-change = 본문은 변경되지 않았으며, 제목이나 날짜 등 세부 정보만 변경되었습니다.
previous-change = 이전 변경
next-change = 다음 변경
change-views = 보기 방식
view-inline = 본문 내 표시
view-side-by-side = 나란히 보기
version-of = { $date } 버전
moved-away = 이 위치에 있던 문단이 이동되었습니다.
moved-away-link = 이동된 위치를 확인하십시오.
moved-here = 이 문단은 이 위치로 이동되었습니다.
legend = 이 비교 화면에서 추가된 텍스트는 밑줄로, 삭제된 텍스트는 취소선으로 표시됩니다.
no-previous-translation = 이전 버전은 한국어로 번역되지 않았으므로 변경 사항은 원문으로만 표시됩니다.
see-source-changes = 원문({ $source })의 변경 사항을 확인하십시오.

feed-title = { $site }: 정책 변경 사항
feed-link = 정책 변경 사항(Atom 피드)

corrected-on = { $date } 정정

notice-material = 새 본문이 시행되기 전에 읽어 주시기 바랍니다.
notice-not-material = 이번 변경은 중요한 변경이 아닙니다.

notice-since = 이전 버전에 동의하셨습니까? 그 이후의 모든 변경 사항을 확인하십시오:

since-title = { $date } 버전 이후의 변경 사항
since-versions = 그 이후의 버전
view-since = 이후 변경 사항
