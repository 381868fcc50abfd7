# Textos de interfaz integrados en redline, en español.
# El archivo locales/es.ftl de un sitio puede sustituir cada mensaje.

language-name = Español

skip-to-content = Ir al contenido
site-navigation = Sitio
language-switcher = Idioma
choose-language = Elija su idioma
choose-language-intro = Nuestros textos legales están disponibles en los siguientes idiomas:
policies-heading = Textos legales
policies-intro = Los textos legales vigentes, con todas sus versiones anteriores y futuras.
colon = :
last-updated = Última actualización
effective-since = En vigor desde
takes-effect = Entrada en vigor
contents = Índice
versions = Versiones
version-current = vigente
version-past = anterior
version-upcoming = próxima
back-to-top = Volver arriba
print-page = Imprimir esta página

untranslated-notice = Este texto aún no se ha traducido al español. Está leyendo el texto original ({ $source }).
older-translation = Leer la traducción al español de la versión vigente a partir del { $date }.


page-not-found = Página no encontrada
page-not-found-text = No hay ninguna página en esta dirección. A continuación encontrará nuestros textos legales.

past-notice = Esta versión estuvo vigente del { $from } al { $to }.
upcoming-notice = Esta versión entrará en vigor el { $date }.
read-current = Leer la versión vigente.
not-yet-in-effect = Todavía no hay ninguna versión de este documento en vigor.
upcoming-announcement = Este documento cambiará el { $date }.
read-upcoming = Leer el nuevo texto
see-upcoming-changes = Ver qué cambia
material-change = Cambio sustancial

history = Historial
history-title = Historial de versiones
history-intro = Todas las versiones de este documento, de la más reciente a la más antigua, con sus cambios.
effective-date = Fecha de entrada en vigor
summary = Resumen
view-text = Texto
view-changes = Cambios
first-version = Primera versión

changes-title = Cambios del { $date }
changes-between = De la versión del { $from } a la versión del { $to }.
changed-sections = Secciones modificadas
opening-text = Texto introductorio
words-added = { $count ->
    [one] { $count } palabra añadida
   *[other] { $count } palabras añadidas
}
words-removed = { $count ->
    [one] { $count } palabra eliminada
   *[other] { $count } palabras eliminadas
}
no-textual-change = El texto no ha cambiado; solo se han modificado algunos datos, como el título o las fechas.
previous-change = Cambio anterior
next-change = Cambio siguiente
change-views = Vista
view-inline = Integrada
view-side-by-side = En paralelo
version-of = Versión del { $date }
moved-away = Un fragmento se ha trasladado desde aquí.
moved-away-link = Ver su nueva ubicación.
moved-here = Este fragmento se ha trasladado aquí.
legend = En esta comparación, el texto añadido aparece subrayado y el texto eliminado, tachado.
no-previous-translation = La versión anterior no se tradujo al español, por lo que sus cambios solo se muestran en el original.
see-source-changes = Ver los cambios en el original ({ $source }).

feed-title = { $site }: cambios en nuestros textos legales
feed-link = Cambios en los textos legales (feed Atom)

corrected-on = Corregido el { $date }

notice-material = Lea el nuevo texto antes de que entre en vigor.
notice-not-material = No se trata de un cambio sustancial.

notice-since = ¿Aceptó una versión anterior? Consulte todo lo que ha cambiado desde entonces:

since-title = Cambios desde la versión del { $date }
since-versions = Las versiones desde entonces
view-since = Cambios desde entonces
