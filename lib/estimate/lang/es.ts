import type { LanguagePack } from './pack';

/** Spanish. Accents are folded before lookup; inflected forms reach their entry through `suffixes`. */
export const es: LanguagePack = {
  code: 'es',
  headFirst: true,
  clitics: 'melo mela selo sela noslo me te le lo la nos les los las',
  suffixes:
    'aciones acion amientos amiento adoras adores adora ador ables ibles able ible mente ando iendo ' +
    'ados idos adas idas ado ido ada ida aron ieron amos emos imos ar er ir es as os an en a e o s',
  flags: {
    QUANT: 'todo toda todos todas cada entero entera completo completa',
    EVERYWHERE: 'globalmente',
    SURF_APP: 'app apps aplicacion aplicaciones sitio web plataforma proyecto interfaz ui frontend',
    SURF_PART:
      'pagina paginas pantalla pantallas vista vistas botones listas formularios tablas componentes ' +
      'tarjetas enlaces textos titulos modales fuentes iconos imagenes etiquetas secciones menus ' +
      'pestañas colores estilos lugares partes areas rutas elementos mensajes campos columnas ' +
      'alertas avisos dialogos',
    LANG:
      'idioma idiomas ingles español frances aleman hebreo japones portugues italiano chino arabe ruso ' +
      'multilingue multilenguaje',
    MOBILE: 'movil moviles celular celulares telefono telefonos tablet tablets smartphone',
    CREATE:
      'añade añadir agrega agregar agregue añada crea crear cree construye construir construya ' +
      'implementa implementar implemente desarrolla desarrollar incorpora incorporar haz hacer quiero ' +
      'queremos necesito necesitamos monta montar genera generar diseña diseñar hazme creame construyeme arma armar armame',
    HEAD_STRONG:
      'sistema modulo portal plataforma crm lms erp cms foro marketplace tracker gestor programa hub suite',
    HEAD_WEAK:
      'funcion funcionalidad seccion area parte flujo coleccion panel dashboard herramienta pagina ' +
      'directorio catalogo tienda blog wiki bandeja calendario tablero biblioteca chat mensajeria agenda ' +
      'registro app centro proceso planificador organizador diario generador aplicacion',
    DOMAIN:
      'empleo empleos ofertas trabajo analitica analiticas analisis estadisticas gestion seguimiento reserva reservas inventario facturacion suscripcion suscripciones pagos ' +
      'cobros tickets newsletter boletin mensajeria chat blog rrhh nominas fidelizacion recompensas ' +
      'curso cursos lecciones cuestionario cuestionarios eventos inscripcion inscripciones registro ' +
      'reclutamiento onboarding cita citas turnos membresia membresias ecommerce foro gastos vacaciones ' +
      'activos flota mantenimiento referidos encuesta encuestas subasta donaciones voluntarios crm ' +
      'administracion soporte reseñas opiniones pedidos envios catalogo aprendizaje',
    ENTITY: 'entidad entidades esquema bd modelo modelos registros',
    ROLE: 'roles permisos',
    ACTOR:
      'empresas yo admin administrador administradores gerente gerentes revisor revisores estudiante estudiantes ' +
      'alumno alumnos instructor profesor profesores docentes empleado empleados personal vendedor ' +
      'vendedores comprador compradores clientes miembros socios solicitantes agente agentes autor ' +
      'autores anfitrion anfitriones huespedes paciente pacientes medicos doctores conductores ' +
      'repartidores moderador moderadores proveedores usuarios propietarios padres tutores entrenadores ' +
      'suscriptores asistentes candidatos',
    FLOW:
      'postulan postular postularse postulacion aprobar aprueba aprueban aprobacion revisar revisa revision solicitar solicita solicitud ' +
      'inscribirse moderar moderacion asignar asigna asignacion puntuar ranking reservar reserva ' +
      'gestionar gestiona ven ver',
    PAGEISH:
      'pagina paginas vista dashboard panel cola tablero informe informes reporte reportes ' +
      'estadisticas analiticas calendario historial pantalla bandeja editor formulario formularios',
    ELEMENT:
      'flecha flechas toast toasts snackbar boton enlace link icono insignia badge tarjeta cabecera encabezado header pie footer navbar ' +
      'barra sidebar banner hero titulo subtitulo etiqueta campo input tabla grafico imagen logo avatar ' +
      'modal dialogo popup tooltip desplegable dropdown casilla checkbox toggle interruptor pestaña menu ' +
      'formulario columna fila filtro lista mensaje placeholder contador miniatura foto separador ' +
      'spinner slider chip emoji sombra borde fecha texto parrafo',
    FIX:
      'arregla arreglar arregle corrige corregir corrija soluciona solucionar repara error errores bug ' +
      'bugs fallo falla fallos roto rota funciona problema crash nan undefined ayuda socorro',
    DET:
      'el la los las lo un una unos unas este esta estos estas ese esa mi mis tu tus su sus nuestro ' +
      'nuestra nuevo nueva nuevos nuevas al del',
    BOUNDARY:
      'con para por que donde cuando si en sobre desde hacia hasta usando incluyendo mientras bajo ' +
      'encima debajo dentro a',
    WH: 'como cual cuales donde quien cuanto cuantos porque',
    IMPERATIVE:
      'cambia cambiar cambie haz hacer pon poner añade añadir agrega agregar quita quitar elimina ' +
      'eliminar borra borrar arregla corrige actualiza actualizar mueve mover usa usar renombra ' +
      'reemplaza sustituye muestra mostrar oculta ocultar aumenta reduce disminuye alinea centra ' +
      'permite crea crear construye implementa traduce rediseña dale convierte activa desactiva ' +
      'habilita envia limita evita ordena filtra incluye inserta ajusta aplica asegurate refactoriza ' +
      'migra reconstruye hazme mejora mejorar mejore',
    REQUEST: 'favor porfa puedes podrias podes',
    AND: 'y e',
    REWORD: 'cambia cambiar cambie renombra renombrar reemplaza sustituye actualiza edita diga dice decir',
    CODE: 'codigo componentes',
    COND: 'cuando si salvo hasta antes despues',
  },
  bits: {
    ARTICLE: 'un una unos unas nuevo nueva',
    EVERY: 'cada entero entera completo completa',
    ALL: 'todo toda todos todas',
    LOCAL_PREP: 'en dentro de del para sobre',
    OF: 'de del',
    PAGE_WORD: 'pagina paginas pantalla pantallas vista vistas',
    THEME_ADJ: 'oscuro oscura claro clara nocturno nocturna',
    THEME_MODE: 'modo tema',
    MOBILE_BEFORE: 'para en version vista diseño adapta adaptar optimiza optimizar',
    MOBILE_AFTER: 'responsive',
    APP_OBJECT: 'app aplicacion sitio web plataforma proyecto interfaz',
    FILLER:
      'simple sencillo sencilla completo completa basico basica pequeño pequeña nuevo nueva dedicado ' +
      'propio propia funcional me nos',
    TO: 'a',
    OPENER: 'yo quiero queremos necesito tambien luego ahora y',
    NEEDS_ARTICLE: 'arma armar armame haz hacer quiero queremos necesito necesitamos diseña gustaria',
    LEAD_IN: 'tambien luego despues ahora ademas porfa favor por ok vale bueno entonces hola',
    ASKER: 'puedes podrias puede podria',
    YOU: 'tu usted',
    AUX: 'es son deberia',
    SMALL: 'pequeñas pequeños estrechas',
  },
  extra: {
    EXPLAIN:
      'explica explicas explicame explicar explicarme explicanos dime decirme cuentame contarme describe describeme describir recomiendas recomendarias recomiendan recomendar sugieres sugeririas aconsejas aconsejarias entender comparar',
    NOTHING: 'nada',
    MAY: 'posible',
    FIRST: 'yo puedo podemos nosotros',
    SIDE: 'derecha izquierda',
    ASK_YOU: 'puedes podrias podes podria puede pueden podrian',
  },
  kinds: {
    REDESIGN:
      'premium rediseña rediseñar rediseño renueva renovar moderniza modernizar moderno moderna reconstruye rehaz reescribe profesional profesionales anticuada anticuado anticuadas viejo vieja renueva renuevala diseño',
    RESTRUCTURE: 'refactoriza refactorizar reestructura reorganiza migra migrar limpia limpiar',
    RESPONSIVE: 'responsive responsivo responsiva adaptable',
    ACCESSIBILITY: 'accesibilidad accesible',
    CONSISTENCY: 'consistente consistencia coherente coherencia uniforme',
    THEME: 'tema marca branding',
    TRANSLATE:
      'traduce traducir traduccion traducciones localiza localizar localizacion internacionaliza i18n',
    RTL: 'rtl',
    REBRAND: 'rebranding rebrand',
  },
  plain: 'marcar marque marcado marcada marcados marcadas',
  feat: [
    [1, 'puedan pueda poder recuerde recuerda recargar recarga recargue'],
    [
      1.5,
      'validacion valida validar logica filtro filtros filtrar ordenar ordena busqueda buscar buscador ' +
        'notificacion notificaciones notificar email correo correos sms exportar exporta importar ' +
        'importa subir sube descarga descargar paginacion automaticamente automatico calcular calcula ' +
        'calculo permiso permisos redirige redirigir sesion guardar guarda persistir cache sincroniza ' +
        'sincronizar webhook api recordatorio recordatorios programado recurrente duplicar deshacer ' +
        'arrastrar reordenar integra integrar integracion contraseña autenticacion arregla ' +
        'arreglar corrige corregir error errores bug bugs fallo falla roto rota funciona crash ayuda socorro',
    ],
    [
      1,
      'total totales contar contador solo propietario campo campos desplegable casilla accion acciones ' +
        'archivar archivado eliminar borrar grafico limite limitar obligatorio requerido evitar permitir ' +
        'permite defecto recordar almacenar clic pulsar enviado estado estados temporizador cargar vacio ' +
        'invalido leidos restablecer expira semanal mensual diario cantidad carrito pago descuento ' +
        'impuesto precio progreso porcentaje seleccionar opcion opciones confirmacion confirmar cada ' +
        'numero actualiza actualizar funcione funcionar coincida',
    ],
    [0.5, 'enviar mensaje mensajes muestra mostrar lista tabla fecha fechas hora usuario usuarios'],
    [2, 'cuando si salvo hasta'],
    [1.5, 'antes despues plegable expandible arrastrable ordenable editable clicable interactivo selector'],
  ],
  simp: [
    [1, 'diminuto diminuta diminutos diminutas enorme enormes agranda agrandar achica achicar'],
    [1, 'segundos'],
    [3, 'errata erratas ortografia suspensivos'],
    [
      1.5,
      'color colores fondo fuente fuentes tipografia letra negrita cursiva subrayado mayusculas ' +
        'minusculas relleno padding margen margenes espaciado borde bordes sombra sombras redondeado ' +
        'redondeados esquinas emoji fijo sticky opacidad degradado hover oscuro transparente redaccion ' +
        'placeholder tooltip subtitulo titular eslogan encabezado titulo titulos etiqueta etiquetas ' +
        'renombra renombrar px rem',
    ],
    [
      1,
      'icono iconos imagen imagenes logo avatar foto miniatura alinea alinear centrar centra centrado ' +
        'izquierda derecha grande grandes pequeño ancho ancha alto tamaño anchura altura estilo aspecto ' +
        'rojo roja azul verde blanco blanca negro negra gris morado violeta rosa naranja amarillo marron ' +
        'dorado texto textos cita palabra palabras mueve mover oculta ocultar visible separador ' +
        'animacion linea resalta resaltar destacado',
    ],
    [0.75, 'pon poner coloca colocar debajo encima junto'],
  ],
};
