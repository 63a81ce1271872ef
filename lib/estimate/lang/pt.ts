import type { LanguagePack } from './pack';

/** Portuguese (Brazil and Portugal). Accents folded; inflections through `suffixes`. */
export const pt: LanguagePack = {
  code: 'pt',
  headFirst: true,
  suffixes:
    'acoes acao amentos amento adoras adores adora ador aveis ivel avel mente ando endo indo ados idos ' +
    'adas idas ado ido ada ida aram eram amos emos imos ar er ir es as os am em a e o s',
  flags: {
    QUANT: 'todo toda todos todas cada inteiro inteira completo completa',
    EVERYWHERE: 'globalmente',
    SURF_APP:
      'app apps aplicativo aplicativos aplicacao site sitio plataforma projeto interface ui frontend sistema-inteiro',
    SURF_PART:
      'pagina paginas tela telas vista botoes listas formularios tabelas componentes cartoes links textos ' +
      'titulos modais fontes icones imagens rotulos secoes menus abas cores estilos lugares partes areas ' +
      'rotas elementos mensagens campos colunas alertas avisos dialogos',
    LANG:
      'idioma idiomas lingua linguas ingles espanhol frances alemao hebraico japones portugues italiano ' +
      'chines arabe russo multilingue',
    MOBILE: 'celular celulares movel moveis telefone telefones tablet tablets smartphone mobile',
    CREATE:
      'adicione adicionar adiciona adicionem acrescente acrescentar inclua incluir crie criar cria ' +
      'construa construir constroi implemente implementar implementa desenvolva desenvolver faça fazer ' +
      'faz quero queremos preciso precisamos monte montar gere gerar',
    HEAD_STRONG:
      'sistema modulo portal plataforma crm lms erp cms forum marketplace tracker gerenciador programa hub suite',
    HEAD_WEAK:
      'funcao funcionalidade recurso secao area parte fluxo colecao painel dashboard ferramenta pagina ' +
      'diretorio catalogo loja blog wiki caixa calendario quadro biblioteca chat agenda registro app ' +
      'central centro processo planejador organizador diario gerador aplicativo',
    DOMAIN:
      'vagas vaga emprego empregos analise analises analitica analytics estatisticas gestao gerenciamento controle acompanhamento reserva reservas agendamento agendamentos estoque ' +
      'inventario faturamento cobranca assinatura assinaturas pagamentos chamados tickets newsletter ' +
      'mensagens chat blog rh folha fidelidade recompensas curso cursos aulas quiz questionario eventos ' +
      'inscricao inscricoes cadastro recrutamento onboarding consulta consultas membros associacao ' +
      'ecommerce forum despesas ferias ativos frota manutencao indicacoes pesquisa pesquisas leilao ' +
      'doacoes voluntarios ponto crm administracao suporte avaliacoes pedidos envios entregas catalogo ' +
      'aprendizagem',
    ENTITY: 'entidade entidades esquema banco-de-dados bd modelo modelos registros',
    ROLE: 'papeis perfis permissoes funcoes-de-acesso',
    ACTOR:
      'empresas eu admin administrador administradores gerente gerentes gestor gestores revisor revisores aluno ' +
      'alunos estudantes instrutor professor professores funcionario funcionarios colaboradores equipe ' +
      'vendedor vendedores comprador compradores clientes membros candidatos agente agentes autor ' +
      'autores anfitriao hospedes paciente pacientes medicos motoristas entregadores moderador ' +
      'moderadores fornecedores usuarios donos pais tutores treinadores assinantes participantes',
    FLOW:
      'candidatam candidatar candidatura aprovar aprova aprovacao revisar revisa revisao solicitar solicita solicitacao inscrever moderar ' +
      'moderacao atribuir atribui atribuicao pontuar ranking reservar agendar gerenciar gerencia ver veem',
    PAGEISH:
      'pagina paginas tela dashboard painel fila quadro relatorio relatorios estatisticas analises ' +
      'calendario historico caixa editor formulario formularios',
    ELEMENT:
      'seta setas toast toasts snackbar botao link icone selo badge cartao card cabecalho header rodape footer navbar barra sidebar banner ' +
      'hero titulo subtitulo rotulo campo input tabela grafico imagem logo avatar modal dialogo popup ' +
      'tooltip dropdown checkbox toggle aba menu formulario coluna linha filtro lista mensagem ' +
      'placeholder contador miniatura foto divisor spinner slider chip emoji sombra borda data texto paragrafo',
    FIX:
      'corrija corrigir corrige conserte consertar arrume arrumar resolva resolver erro erros bug bugs ' +
      'falha falhas quebrado quebrada funciona problema crash nan undefined socorro ajuda',
    DET:
      'o a os as um uma uns umas este esta estes estas esse essa meu minha meus minhas seu sua seus ' +
      'suas nosso nossa novo nova novos novas ao aos do da dos das no na nos nas',
    BOUNDARY:
      'com para pra por que onde quando se em sobre desde ate usando incluindo enquanto sob acima abaixo ' +
      'dentro pelo pela',
    WH: 'como qual quais onde quem quanto quantos porque',
    IMPERATIVE:
      'mude mudar muda altere alterar altera troque trocar faça faz coloque colocar ponha adicione ' +
      'adicionar adiciona inclua remova remover retire tire exclua apague corrija conserte arrume ' +
      'atualize atualizar mova mover use usar renomeie substitua mostre mostrar exiba oculte esconda ' +
      'aumente diminua reduza alinhe centralize permita deixe crie criar construa implemente traduza ' +
      'redesenhe converta ative desative habilite envie limite exija evite ordene filtre insira ' +
      'ajuste aplique garanta refatore migre reconstrua melhore melhora melhorar',
    REQUEST: 'favor pode poderia consegue conseguiria',
    AND: 'e',
    REWORD:
      'mude mudar altere alterar troque trocar renomeie substitua atualize edite diga diz dizer escrito',
    CODE: 'codigo componentes',
    COND: 'quando se exceto ate antes depois',
  },
  bits: {
    ARTICLE: 'um uma uns umas novo nova',
    EVERY: 'cada inteiro inteira completo completa',
    ALL: 'todo toda todos todas',
    LOCAL_PREP: 'em no na nos nas dentro de do da para sobre',
    OF: 'de do da dos das',
    PAGE_WORD: 'pagina paginas tela telas',
    THEME_ADJ: 'escuro escura claro clara noturno noturna',
    THEME_MODE: 'modo tema',
    MOBILE_BEFORE: 'para no em versao visualizacao layout adapte adaptar otimize otimizar',
    MOBILE_AFTER: 'responsivo',
    APP_OBJECT: 'app aplicativo aplicacao site plataforma projeto interface',
    FILLER:
      'simples completo completa basico basica pequeno pequena novo nova dedicado proprio propria ' +
      'funcional me nos mim',
    TO: 'para pra',
    OPENER: 'eu quero queremos preciso tambem depois agora e',
    NEEDS_ARTICLE: 'faça faz fazer quero queremos preciso precisamos gostaria',
    LEAD_IN: 'tambem depois agora alem favor por ok entao oi ola',
    ASKER: 'pode poderia consegue',
    YOU: 'voce voces tu',
    AUX: 'sao deveria',
    SMALL: 'pequenas pequenos estreitas',
  },
  extra: {
    EXPLAIN:
      'explica explique explicar explicaria explicando diga dizer fala conta contar descreve descrever recomenda recomendaria recomendam sugere sugeriria aconselha entender comparar',
    NOTHING: 'nada',
    MAY: 'possivel da',
    FIRST: 'eu posso podemos nos',
    SIDE: 'direita esquerda',
    ASK_YOU: 'pode poderia consegue conseguiria podes',
  },
  kinds: {
    REDESIGN:
      'premium redesenhe redesenhar redesign renove renovar modernize modernizar moderno moderna reconstrua ' +
      'refaça refazer reescreva profissional profissionais antiquado antiquada ultrapassado velho design',
    RESTRUCTURE: 'refatore refatorar reestruture reorganize migre migrar limpe limpar',
    RESPONSIVE: 'responsivo responsiva responsive adaptavel',
    ACCESSIBILITY: 'acessibilidade acessivel',
    CONSISTENCY: 'consistente consistencia coerente padronize padronizar uniforme',
    THEME: 'tema marca branding identidade',
    TRANSLATE: 'traduza traduzir traducao traducoes localize localizar localizacao internacionalize i18n',
    RTL: 'rtl',
    REBRAND: 'rebranding rebrand',
  },
  plain: 'digito digita digitar digitei marcar marque marcado marcada marcados marcadas tem',
  feat: [
    [1, 'possam possa poder recarregar recarregamento lembrasse lembre'],
    [1.5, 'conseguir consigam consiga'],
    [
      1.5,
      'validacao valide validar logica filtro filtros filtrar ordenar ordene busca buscar pesquisa ' +
        'notificacao notificacoes notificar email emails sms exportar exporte importar importe upload ' +
        'download baixar paginacao automaticamente automatico calcular calcule calculo permissao ' +
        'permissoes redirecione redirecionar sessao salvar salve persistir cache sincronize sincronizar ' +
        'webhook api lembrete lembretes agendado recorrente duplicar desfazer arrastar reordenar integre ' +
        'integrar integracao senha autenticacao corrija corrigir conserte erro erros bug bugs falha ' +
        'quebrado quebrada funciona crash socorro ajuda',
    ],
    [
      1,
      'total totais contar contador apenas somente dono campo campos dropdown checkbox acao acoes arquivar ' +
        'arquivado excluir apagar grafico limite limitar obrigatorio exigir evitar permitir permita padrao ' +
        'lembrar armazenar clique clicar enviado status temporizador carregar vazio invalido lidas ' +
        'redefinir expira semanal mensal diario quantidade carrinho pagamento desconto imposto preco ' +
        'progresso porcentagem selecionar opcao opcoes confirmacao confirmar cada numero atualize ' +
        'atualizar funcione funcionar',
    ],
    [0.5, 'enviar mensagem mensagens mostre mostrar lista tabela data datas hora usuario usuarios'],
    [2, 'quando se exceto ate'],
    [1.5, 'antes depois recolhivel expansivel arrastavel ordenavel editavel clicavel interativo seletor'],
  ],
  simp: [
    [1, 'minusculo minuscula minusculos minusculas enorme enormes'],
    [1, 'segundos'],
    [3, 'ortografia digitacao reticencias'],
    [
      1.5,
      'cor cores fundo fonte fontes tipografia letra negrito italico sublinhado maiusculas minusculas ' +
        'espacamento padding margem margens borda bordas sombra sombras arredondado arredondados cantos ' +
        'emoji fixo sticky opacidade gradiente hover escuro transparente redacao placeholder tooltip ' +
        'subtitulo manchete slogan cabecalho titulo titulos rotulo rotulos renomeie renomear px rem',
    ],
    [
      1,
      'icone icones imagem imagens logo avatar foto miniatura alinhe alinhar centralize centralizar ' +
        'centralizado esquerda direita grande grandes maior menor largura altura tamanho estilo visual ' +
        'vermelho vermelha azul verde branco branca preto preta cinza roxo roxa rosa laranja amarelo ' +
        'marrom dourado texto textos citacao palavra palavras mova mover oculte esconda visivel divisor ' +
        'animacao linha destaque destacar destacado',
    ],
    [0.75, 'coloque colocar ponha abaixo acima embaixo ao-lado baixa baixo alta'],
  ],
};
