# Textos de interface integrados no redline, em português.
# O locales/pt.ftl de um site pode substituir cada mensagem.

language-name = Português

skip-to-content = Ir para o conteúdo
site-navigation = Site
language-switcher = Idioma
choose-language = Escolha o idioma
choose-language-intro = Os documentos legais estão disponíveis nos seguintes idiomas:
policies-heading = Documentos legais
policies-intro = Os documentos em vigor, com todas as versões anteriores e futuras.
colon = :
last-updated = Última atualização
effective-since = Em vigor desde
takes-effect = Entrada em vigor
contents = Índice
versions = Versões
version-current = em vigor
version-past = anterior
version-upcoming = futura
back-to-top = Voltar ao topo
print-page = Imprimir esta página

untranslated-notice = Este texto ainda não foi traduzido para português. O texto apresentado é o original ({ $source }).
older-translation = Ler a tradução em português da versão em vigor a partir de { $date }.


page-not-found = Página não encontrada
page-not-found-text = Não existe nenhuma página neste endereço. Os documentos legais estão listados abaixo.

past-notice = Esta versão esteve em vigor de { $from } a { $to }.
upcoming-notice = Esta versão entra em vigor em { $date }.
read-current = Ler a versão em vigor.
not-yet-in-effect = Ainda não existe nenhuma versão deste documento em vigor.
upcoming-announcement = Este documento será alterado em { $date }.
read-upcoming = Ler o novo texto
see-upcoming-changes = Ver o que muda
material-change = Alteração substancial

history = Histórico
history-title = Histórico de versões
history-intro = Todas as versões deste documento, da mais recente para a mais antiga, com as alterações de cada uma.
effective-date = Data de entrada em vigor
summary = Resumo
view-text = Texto
view-changes = Alterações
first-version = Primeira versão

changes-title = Alterações de { $date }
changes-between = Da versão de { $from } para a versão de { $to }.
changed-sections = Partes alteradas
opening-text = Texto introdutório
words-added = { $count ->
    [one] { $count } palavra adicionada
   *[other] { $count } palavras adicionadas
}
words-removed = { $count ->
    [one] { $count } palavra removida
   *[other] { $count } palavras removidas
}
no-textual-change = O texto não mudou; apenas foram alterados alguns dados, como o título ou as datas.
previous-change = Alteração anterior
next-change = Alteração seguinte
change-views = Visualização
view-inline = No texto
view-side-by-side = Lado a lado
version-of = Versão de { $date }
moved-away = Uma passagem foi movida daqui.
moved-away-link = Ver a nova localização.
moved-here = Esta passagem foi movida para este local.
legend = Nesta comparação, o texto adicionado aparece sublinhado e o texto removido aparece riscado.
no-previous-translation = A versão anterior não foi traduzida para português; por isso, as alterações são apresentadas apenas no original.
see-source-changes = Ver as alterações no original ({ $source }).

feed-title = { $site }: alterações nos nossos documentos legais
feed-link = Alterações nos documentos legais (feed Atom)

corrected-on = Corrigido em { $date }

notice-material = Leia o novo texto antes de ele entrar em vigor.
notice-not-material = Esta não é uma alteração substancial.

notice-since = Aceitou uma versão anterior? Veja tudo o que mudou desde então:

since-title = Alterações desde a versão de { $date }
since-versions = As versões desde então
view-since = Alterações desde então
